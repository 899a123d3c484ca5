#pragma once

// What kind of build the tests run in.
namespace TestBuild {

// AddressSanitizer's shadow memory and quarantine make a process's peak RSS
// several times what a user's build has: peak memory is reported in the
// plain build only, and bench/faults.sh measures it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool memoryIsMeasurable = false;
#else
constexpr bool memoryIsMeasurable = true;
#endif

} // namespace TestBuild
