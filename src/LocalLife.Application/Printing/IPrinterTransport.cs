namespace LocalLife.Printing;

/// <summary>Sends rendered bytes to one kind of printer connection. Network printers now; a cloud printer vendor's adapter later.</summary>
public interface IPrinterTransport
{
    PrinterConnection Connection { get; }
    Task SendAsync(Printer printer, byte[] data, CancellationToken ct);
}
