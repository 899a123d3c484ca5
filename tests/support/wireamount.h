#pragma once

#include "core/money.h"

// A charge's amount as the REST API shows it (SPEC §4.1): the service
// computes float32(0.0001) x float32(CONSUMING) and prints the shortest
// digits that read back as that float32 (12345.679 for CONSUMING
// 123456789); the client rounds that text to 1/10000. From about 972 yuan
// up the last digit can differ (docs/audit.md, float32-loss).
namespace WireAmount {

Money of(Money stored);

} // namespace WireAmount
