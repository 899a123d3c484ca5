# Precompiled Qt headers, shared. Parsing Qt's headers is most of the time of
# compiling one of our files (a test: 10 s, 5 s with them precompiled), and
# the suite builds some 400 files on two cores. So every target reuses the
# precompiled header of the Qt modules it sees (a "donor" target per set).
# A header that does not match falls back to ordinary parsing (GCC checks),
# so a wrong choice costs time, never correctness.
#
# See uc_precompile_targets() below. UC_PRECOMPILED_HEADERS=OFF turns it off.

option(UC_PRECOMPILED_HEADERS "Share precompiled Qt headers between targets" ON)

# Sets OUT to the targets whose usage requirements (compile definitions,
# include paths) reach TARGET: what it links, then what those pass on.
function(_uc_usage_closure target out)
    set(seen "")
    get_target_property(queue ${target} LINK_LIBRARIES)
    if(NOT queue)
        set(queue "")
    endif()
    # while(queue) would stop at an entry that reads as false ("x-NOTFOUND").
    while(TRUE)
        list(LENGTH queue left)
        if(left EQUAL 0)
            break()
        endif()
        list(POP_FRONT queue t)
        if(t IN_LIST seen OR NOT TARGET ${t})
            continue()
        endif()
        list(APPEND seen ${t})
        get_target_property(iface ${t} INTERFACE_LINK_LIBRARIES)
        if(iface)
            foreach(l ${iface})
                # $<LINK_ONLY:x> is a static library's private dependency:
                # linked, but its definitions do not pass on.
                if(NOT l MATCHES "[$<>]")
                    list(APPEND queue ${l})
                endif()
            endforeach()
        endif()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Sets OUT to the donor target for a target that sees the Qt modules
# CLOSURE, creating it on first use. GCC uses a precompiled header only where
# the macros defined when it was made are defined the same way, and Qt
# defines QT_<MODULE>_LIB for each module a target sees. So the donor links
# only the modules whose headers it precompiles (Core always, Network, Gui,
# Widgets, Test where the target sees them): their macros are then defined in
# every target that reuses it, and the other modules' macros are not
# referenced by these headers.
function(_uc_pch_donor closure out)
    set(modules Core)
    foreach(m Network Gui Widgets Test)
        if(Qt6::${m} IN_LIST closure)
            list(APPEND modules ${m})
        endif()
    endforeach()
    string(REPLACE ";" "_" key "${modules}")
    file(RELATIVE_PATH dir ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    if(dir)
        string(MAKE_C_IDENTIFIER "${dir}_" dir)
    endif()
    string(TOLOWER "uc_pch_${dir}${key}" donor)
    if(NOT TARGET ${donor})
        set(source ${CMAKE_CURRENT_BINARY_DIR}/pch/${donor}.cpp)
        file(CONFIGURE OUTPUT ${source} CONTENT "// The donor of a precompiled header.\n")
        add_library(${donor} STATIC ${source})
        list(TRANSFORM modules PREPEND Qt6:: OUTPUT_VARIABLE libraries)
        list(TRANSFORM modules PREPEND <Qt OUTPUT_VARIABLE headers)
        list(TRANSFORM headers APPEND >)
        target_link_libraries(${donor} PRIVATE ${libraries})
        target_precompile_headers(${donor} PRIVATE ${headers})
        set_target_properties(${donor} PROPERTIES AUTOMOC OFF)
    endif()
    set(${out} ${donor} PARENT_SCOPE)
endfunction()

# Sets OUT to the targets defined in DIR and below, but not in SKIP.
function(_uc_targets_in dir skip out)
    set(targets "")
    if(NOT dir IN_LIST skip)
        get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
        get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        foreach(sub ${subdirs})
            _uc_targets_in(${sub} "${skip}" more)
            list(APPEND targets ${more})
        endforeach()
    endif()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# uc_precompile_targets([SKIP DIR...]): every library and executable defined
# in this directory and below (but not in the SKIP directories) reuses a
# donor made in this directory. Qt Test's macros name the test's directory
# (QT_TESTCASE_BUILDDIR, QT_TESTCASE_SOURCEDIR), and Clang refuses a header
# made with other values, so each folder of targets that use Qt Test calls it
# for itself.
function(uc_precompile_targets)
    if(NOT UC_PRECOMPILED_HEADERS)
        return()
    endif()
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "" "SKIP")
    _uc_targets_in(${CMAKE_CURRENT_SOURCE_DIR} "${arg_SKIP}" targets)
    foreach(t ${targets})
        get_target_property(type ${t} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE)$" OR t MATCHES "^uc_pch_")
            continue()
        endif()
        _uc_usage_closure(${t} closure)
        if(NOT Qt6::Core IN_LIST closure)
            continue()
        endif()
        _uc_pch_donor("${closure}" donor)
        target_precompile_headers(${t} REUSE_FROM ${donor})
    endforeach()
endfunction()
