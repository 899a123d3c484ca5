#pragma once

class CliContext;

// `usagectl statement`: a namespace's monthly statement, as a PDF (--out),
// or its lines as a table, CSV or (all of it) JSON.
class StatementCommand
{
public:
    static int run(CliContext &ctx);
};
