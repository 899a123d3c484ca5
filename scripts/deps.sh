# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/run.sh: the Debian 12 packages the
# project needs to build, test and run, and a function that installs the
# missing ones (non-interactively, only when something is missing).

UC_DEB_PACKAGES=(
    qt6-base-dev qt6-charts-dev qt6-svg-dev libxkbcommon-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-mysql libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    mariadb-server ninja-build cmake g++
    fonts-noto-cjk sqlite3 dbus gnome-keyring clang libclang-rt-14-dev poppler-utils
)

uc_install_deps() {
    local missing=() pkg
    for pkg in "${UC_DEB_PACKAGES[@]}"; do
        if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    ((${#missing[@]} == 0)) && return 0

    echo "Installing missing packages: ${missing[*]}" >&2
    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: missing packages (${missing[*]}) and not running as root" >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y "${missing[@]}"
}

# Configure (once) and build the tree in $1 with Ninja, RelWithDebInfo, in
# the build directory $2 (default $1/build); further arguments go to cmake.
uc_build() {
    local root=$1 build=${2:-$1/build}
    shift $(($# < 2 ? $# : 2))
    # A tree configured with another generator or compiler cannot be reused.
    local compiler=c++ arg
    for arg in "$@"; do
        [[ $arg == -DCMAKE_CXX_COMPILER=* ]] && compiler=${arg#*=}
    done
    if [[ -f $build/CMakeCache.txt ]] &&
        { ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt" ||
            ! grep -q "^CMAKE_CXX_COMPILER:[A-Z]*=$(command -v "$compiler")\$" "$build/CMakeCache.txt"; }; then
        rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
    fi
    # A compiler cache, where one is installed, makes a second run quick.
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Lets ccache cache files compiled with a precompiled header.
    export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" &&
        cmake --build "$build" -j2
}
