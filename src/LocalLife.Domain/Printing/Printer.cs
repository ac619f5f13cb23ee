using LocalLife.Entities;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;

namespace LocalLife.Printing;

/// <summary>
/// A store's printer: kitchen tickets of one station, or receipts. Its state turns to error after a job failed all its attempts
/// (the front desk sees why) and back to ok on the next success.
/// </summary>
public class Printer : AggregateRoot<Guid>, IMultiTenant
{
    private Printer() { } // EF

    public Printer(Guid id, Guid tenantId, Guid storeId, string name, PrinterConnection connection, string address, int port, PrintKind kind, Station? station)
        : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        Name = name;
        Connection = connection;
        Address = address;
        Port = port;
        Kind = kind;
        Station = kind == PrintKind.KitchenTicket ? station ?? Ordering.Station.Kitchen : null;
        State = PrinterState.Ok;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public string Name { get; private set; } = null!;
    public PrinterConnection Connection { get; private set; }

    /// <summary>Host name or IP address (network), or the cloud printer's serial number.</summary>
    public string Address { get; private set; } = null!;
    public int Port { get; private set; }
    public PrintKind Kind { get; private set; }
    public Station? Station { get; private set; }
    public PrinterState State { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastPrintedAt { get; private set; }

    public void Printed(DateTimeOffset now)
    {
        State = PrinterState.Ok;
        LastError = null;
        LastPrintedAt = now;
    }

    public void Failed(string error)
    {
        State = PrinterState.Error;
        LastError = error.Length > 200 ? error[..200] : error;
    }
}

public interface IPrinterRepository
{
    Task<Printer> GetAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<Printer>> GetByStoreAsync(Guid storeId, CancellationToken ct);
    Task InsertAsync(Printer printer, CancellationToken ct);
}
