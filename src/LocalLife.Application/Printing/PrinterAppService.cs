using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Eventing;
using LocalLife.Kitchen;
using LocalLife.Ordering;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Printing;

public sealed class PrinterAppService(IPrinterRepository printers, IStoreRepository stores, IKitchenTicketRepository tickets, IOrderRepository orders,
    PrintingService printing, IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IPrinterAppService
{
    public async Task<IReadOnlyList<PrinterDto>> GetListAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Printers.Default, ct);
        await stores.GetAsync(storeId, ct);
        return (await printers.GetByStoreAsync(storeId, ct)).Select(p => p.ToDto()).ToList();
    }

    public async Task<PrinterDto> CreateAsync(CreatePrinterDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Printers.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(input.StoreId, ct);
        var printer = new Printer(Guid.CreateVersion7(), store.TenantId!.Value, store.Id, input.Name.Trim(), input.Connection, input.Address.Trim(), input.Port,
            input.Kind, input.Station);
        await printers.InsertAsync(printer, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return printer.ToDto();
    }

    /// <summary>Prints a test page; an unreachable printer answers 502 with the reason and is left in the error state.</summary>
    public async Task<PrinterDto> TestAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Printers.Manage, ct);
        var printer = await printers.GetAsync(id, ct);
        if (!await printing.PrintTestAsync(printer, ct))
            throw new BusinessException(PrintingErrorCodes.PrinterUnreachable).With("Error", printer.LastError);
        return printer.ToDto();
    }

    public async Task ReprintTicketAsync(Guid ticketId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Printers.Default, ct);
        await tickets.GetAsync(ticketId, ct);
        await printing.PrintTicketAsync(ticketId, ct);
    }

    public async Task PrintReceiptAsync(Guid orderId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Printers.Default, ct);
        await orders.GetAsync(orderId, ct);
        await printing.PrintReceiptAsync(orderId, ct);
    }
}

internal static class PrintingMapping
{
    public static PrinterDto ToDto(this Printer p) =>
        new(p.Id, p.StoreId, p.Name, p.Connection, p.Address, p.Port, p.Kind, p.Station, p.State, p.LastError, p.LastPrintedAt);
}

/// <summary>A new ticket is printed at its station once it is committed (best effort: a failure shows on the printer, not on the order).</summary>
public sealed class TicketPrintingHandler(PrintingService printing) : IDistributedEventHandler<KitchenTicketChangedEto>
{
    public Task HandleEventAsync(KitchenTicketChangedEto eto, CancellationToken ct) =>
        eto.Status == TicketStatus.Queued ? printing.PrintTicketAsync(eto.TicketId, ct) : Task.CompletedTask;
}
