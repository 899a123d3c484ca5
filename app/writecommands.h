#pragma once

class CliContext;

// usagectl's binding and destructive commands: `quote` (a dry-run price)
// and `orders cancel`.
class WriteCommands
{
public:
    static int quote(CliContext &ctx);
    static int cancel(CliContext &ctx);
};
