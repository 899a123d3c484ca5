#pragma once

class CliContext;

// usagectl's read commands: orders list/show, usages list/total, spend,
// plans list, namespaces list, regions list.
class ListCommands
{
public:
    static int ordersList(CliContext &ctx);
    static int ordersShow(CliContext &ctx);
    static int usagesList(CliContext &ctx);
    static int usagesTotal(CliContext &ctx);
    static int plansList(CliContext &ctx);
    static int namespacesList(CliContext &ctx);
    static int regionsList(CliContext &ctx);
};
