using LocalLife.Ordering;

namespace LocalLife.Printing;

public sealed record PrinterDto(Guid Id, Guid StoreId, string Name, PrinterConnection Connection, string Address, int Port, PrintKind Kind, Station? Station,
    PrinterState State, string? LastError, DateTimeOffset? LastPrintedAt);

public sealed record CreatePrinterDto
{
    public Guid StoreId { get; init; }
    public string Name { get; init; } = "";
    public PrinterConnection Connection { get; init; } = PrinterConnection.Network;
    public string Address { get; init; } = "";
    public int Port { get; init; } = 9100;
    public PrintKind Kind { get; init; } = PrintKind.KitchenTicket;
    /// <summary>For kitchen-ticket printers: which station's tickets.</summary>
    public Station? Station { get; init; }
}

/// <summary>Merchant staff: the store's printers, a test page, and reprints.</summary>
public interface IPrinterAppService
{
    Task<IReadOnlyList<PrinterDto>> GetListAsync(Guid storeId, CancellationToken ct);
    Task<PrinterDto> CreateAsync(CreatePrinterDto input, CancellationToken ct);
    Task<PrinterDto> TestAsync(Guid id, CancellationToken ct);
    Task ReprintTicketAsync(Guid ticketId, CancellationToken ct);
    Task PrintReceiptAsync(Guid orderId, CancellationToken ct);
}
