#pragma once

class CliContext;

// usagectl report list | report run NAME: the reports saved in the window,
// from the window's own settings; a report runs on its own profile as the
// command that shows the same filters (usages list, orders list, plans
// list, spend). See README "Saved reports".
class ReportCommands
{
public:
    static int list(CliContext &ctx);
    static int run(CliContext &ctx);
};
