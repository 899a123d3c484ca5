#pragma once

class CliContext;

// `usagectl forecast`: per namespace and month, the charges written, the
// renewals the order book will still write (SPEC §4.5-§4.6), their sum and
// the part at risk.
class ForecastCommand
{
public:
    static int run(CliContext &ctx);
};
