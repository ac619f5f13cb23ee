using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Kitchen;
using LocalLife.Ordering;
using Microsoft.Extensions.Logging;

namespace LocalLife.Printing;

/// <summary>
/// Prints slips on the store's printers: a few attempts with a short back-off, then the printer is marked in error (with why) and
/// the slip stays on the screens. Runs after the change committed (from integration events), never inside a transaction.
/// </summary>
public sealed class PrintingService(
    IPrinterRepository printers,
    IKitchenTicketRepository tickets,
    IOrderRepository orders,
    IStoreRepository stores,
    IEnumerable<IPrinterTransport> transports,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<PrintingService> logger)
{
    public const int Attempts = 3;
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(200);

    public async Task PrintTicketAsync(Guid ticketId, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(ticketId, ct);
        var targets = (await printers.GetByStoreAsync(ticket.StoreId, ct)).Where(p => p.Kind == PrintKind.KitchenTicket && p.Station == ticket.Station).ToList();
        if (targets.Count == 0) return;
        var zone = await ZoneAsync(ticket.StoreId, ct);
        await SendAsync(targets, PrintTemplates.KitchenTicket(ticket, zone), ct);
    }

    public async Task PrintReceiptAsync(Guid orderId, CancellationToken ct)
    {
        var order = await orders.GetAsync(orderId, ct);
        var targets = (await printers.GetByStoreAsync(order.StoreId, ct)).Where(p => p.Kind == PrintKind.Receipt).ToList();
        if (targets.Count == 0) return;
        var store = await stores.GetAsync(order.StoreId, ct);
        await SendAsync(targets, PrintTemplates.Receipt(order, store.Profile.Name, await ZoneAsync(order.StoreId, ct)), ct);
    }

    /// <summary>A test page; true when it reached the printer.</summary>
    public async Task<bool> PrintTestAsync(Printer printer, CancellationToken ct)
    {
        await SendAsync([printer], new EscPos().Center().Size(2).Line("测试打印").Size(1).Line(printer.Name).Line().Cut().ToArray(), ct);
        return printer.State == PrinterState.Ok;
    }

    private async Task SendAsync(IReadOnlyList<Printer> targets, byte[] data, CancellationToken ct)
    {
        foreach (var printer in targets)
        {
            var transport = transports.FirstOrDefault(t => t.Connection == printer.Connection);
            string? error = transport is null ? $"no adapter for {printer.Connection} printers yet" : null;
            for (var attempt = 1; transport is not null && attempt <= Attempts; attempt++)
            {
                try
                {
                    await transport.SendAsync(printer, data, ct);
                    error = null;
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    error = e.Message;
                    logger.LogWarning("Printer {Printer} attempt {Attempt} failed: {Error}", printer.Id, attempt, e.Message);
                    if (attempt < Attempts) await Task.Delay(Backoff * attempt, ct);
                }
            }
            if (error is null) printer.Printed(clock.GetUtcNow());
            else printer.Failed(error);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<TimeZoneInfo> ZoneAsync(Guid storeId, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        try { return TimeZoneInfo.FindSystemTimeZoneById(store.TimeZone); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
