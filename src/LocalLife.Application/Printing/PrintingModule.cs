using LocalLife.Eventing;
using LocalLife.Kitchen;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Printing;

public static class PrintingModule
{
    /// <summary>ESC/POS printers: kitchen tickets as they are made, receipts and test pages.</summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services)
    {
        services.AddScoped<PrintingService>();
        services.AddScoped<IPrinterAppService, PrinterAppService>();
        services.AddDistributedEventHandler<KitchenTicketChangedEto, TicketPrintingHandler>();
        return services;
    }
}
