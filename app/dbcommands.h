#pragma once

class CliContext;

// usagectl's database administration: `db advise-indexes`, `db check`,
// `demo-db create`.
class DbCommands
{
public:
    static int adviseIndexes(CliContext &ctx);
    static int check(CliContext &ctx);
    static int demoCreate(CliContext &ctx);
};
