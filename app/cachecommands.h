#pragma once

class CliContext;

// usagectl's roll-up cache commands: `cache clear` and `cache verify`.
class CacheCommands
{
public:
    static int clear(CliContext &ctx);
    static int verify(CliContext &ctx);
};
