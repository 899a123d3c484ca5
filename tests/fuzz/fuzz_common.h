#pragma once

// Shared helpers for the libFuzzer targets. An invariant violation prints
// what failed and traps, which libFuzzer reports as a crash and saves.

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "INVARIANT VIOLATED: %s (%s:%d)\n", #cond, __FILE__, __LINE__);   \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (0)

#define FUZZ_CHECK_MSG(cond, ...)                                                                  \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "INVARIANT VIOLATED: %s (%s:%d)\n  ", #cond, __FILE__, __LINE__); \
            std::fprintf(stderr, __VA_ARGS__);                                                     \
            std::fprintf(stderr, "\n");                                                            \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (0)

namespace fuzz {

// A Result holds a value or a typed error, never both nor neither: ok()
// decides which accessor is legal and the other one must not be (std::get
// on the wrong/valueless alternative throws, which libFuzzer reports). A
// typed error carries a non-empty message.
template<typename T>
bool checkResult(const Result<T> &r)
{
    if (r.ok()) {
        (void)r.value();
        return true;
    }
    const BackendError &e = r.error();
    FUZZ_CHECK(!e.message().isEmpty());
    FUZZ_CHECK(int(e.category()) >= int(BackendError::Category::InvalidInput) &&
               int(e.category()) <= int(BackendError::Category::Server));
    return false;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QByteArray qs(const QString &s)
{
    return s.toUtf8();
}

// Some Qt code (time zones, regular expressions) is happier with an
// application object; none of the parsers need an event loop.
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

} // namespace fuzz
