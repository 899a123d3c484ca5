#pragma once

// What kind of build the tests run in.
namespace TestBuild {

// AddressSanitizer's shadow memory and quarantine make a process's peak RSS
// several times what a user's build has: memory bounds are asserted in the
// plain build only (scripts/test.sh runs both).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool memoryIsMeasurable = false;
#else
constexpr bool memoryIsMeasurable = true;
#endif

} // namespace TestBuild
