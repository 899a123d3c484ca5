#pragma once

#include <QString>

// Where a test finds what is not in its binary. ctest sets the variables
// (tests/CMakeLists.txt); a test binary run by hand falls back to the source
// tree's fixtures and its own folder.
class TestPaths
{
public:
    // tests/fixtures: the real service's recorded answers (UC_FIXTURES_DIR).
    static QString fixturesDir();
    // fixturesDir()/name; fatal when the file is not there.
    static QString fixture(const QString &name);
    // Where usagectl and usage-service-sim are (UC_BIN_DIR).
    static QString binDir();
    // binDir()/name; fatal when the program is not there.
    static QString program(const QString &name);
    // The source tree (UC_SOURCE_DIR).
    static QString sourceDir();
};
