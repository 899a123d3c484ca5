#pragma once

class CliContext;

// usagectl audit: the ledger audit's findings, one a row. Exits like diff:
// 0 no finding, 1 findings, 2 the audit could not run.
class AuditCommand
{
public:
    static int run(CliContext &ctx);

    static constexpr int Findings = 1;
    static constexpr int Trouble = 2;
};
