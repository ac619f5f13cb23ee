using System.Net.Sockets;

namespace LocalLife.Printing;

/// <summary>Raw TCP (the "JetDirect" port 9100 every network ESC/POS printer listens on): connect, write, close.</summary>
public sealed class NetworkPrinterTransport : IPrinterTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public PrinterConnection Connection => PrinterConnection.Network;

    public async Task SendAsync(Printer printer, byte[] data, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(printer.Address, printer.Port, timeout.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(data, timeout.Token);
        await stream.FlushAsync(timeout.Token);
    }
}
