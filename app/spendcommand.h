#pragma once

class CliContext;

// `usagectl spend`: the month x namespace spend table, computed by the
// database with month boundaries of the display zone.
class SpendCommand
{
public:
    static int run(CliContext &ctx);
};
