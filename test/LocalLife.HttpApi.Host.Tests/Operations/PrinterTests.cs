using System.Net;
using System.Net.Sockets;
using System.Text;
using LocalLife.Kitchen;
using LocalLife.Ordering;
using LocalLife.Printing;

namespace LocalLife.Operations;

/// <summary>ESC/POS slips sent over raw TCP to a listener that stands in for a network printer and records what arrived.</summary>
[Collection(WeChatCollection.Name)]
public sealed class PrinterTests(WeChatApiFixture api)
{
    private static readonly Encoding Gb18030 = CreateGb18030();
    private readonly OperationsDriver _driver = new(api);

    [Fact]
    public async Task A_new_bar_ticket_is_printed_at_the_bar_printer_and_a_receipt_at_the_desk_in_GB18030_ESC_POS()
    {
        using var barPrinter = new FakePrinter();
        using var deskPrinter = new FakePrinter();
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "芒果茶", prepMinutes: 3, specs: [OrderingDriver.Size]);
        var room = await _driver.NewSpaceAsync(store, 1, 1, 1);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync("/api/admin/printers", new CreatePrinterDto
        {
            StoreId = store.Id, Name = "吧台打印机", Address = "127.0.0.1", Port = barPrinter.Port, Kind = PrintKind.KitchenTicket, Station = Station.Bar,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJsonAsync("/api/admin/printers", new CreatePrinterDto
        {
            StoreId = store.Id, Name = "前台", Address = "127.0.0.1", Port = deskPrinter.Port, Kind = PrintKind.Receipt,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-print");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 2, ["size:large"]));
        await _driver.AcceptAsync(order);

        var ticket = (await barPrinter.NextAsync(TimeSpan.FromSeconds(10))).ShouldNotBeNull();
        ticket[..2].ShouldBe(new byte[] { 0x1B, 0x40 });                  // ESC @
        ticket[^4..].ShouldBe(new byte[] { 0x1D, 0x56, 66, 0 });          // GS V: feed and cut
        ContainsSequence(ticket, [0x1D, 0x21, 0x11]).ShouldBeTrue();       // GS ! double size
        var text = Gb18030.GetString(ticket);
        text.ShouldContain($"吧台 {room.Space.Number}");
        text.ShouldContain("2 x 芒果茶");
        text.ShouldContain("大杯");
        text.ShouldContain(order.Number);

        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostAsync($"/api/admin/printers/orders/{order.Id}/receipt", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var receipt = Gb18030.GetString((await deskPrinter.NextAsync(TimeSpan.FromSeconds(5))).ShouldNotBeNull());
        receipt.ShouldContain(store.Name);
        receipt.ShouldContain("芒果茶 x2");
        receipt.ShouldContain($"实付: ¥{order.CashFen / 100}.{order.CashFen % 100:00}");
        var printers = await (await desk.GetAsync($"/api/admin/printers?storeId={store.Id}")).ReadAsAsync<List<PrinterDto>>();
        printers.ShouldAllBe(p => p.State == PrinterState.Ok && p.LastPrintedAt != null);
    }

    [Fact]
    public async Task An_unreachable_printer_is_retried_then_shown_in_error_until_it_prints_again()
    {
        var store = await _driver.NewStoreAsync();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nobody listens there now
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var printer = await (await manager.PostJsonAsync("/api/admin/printers", new CreatePrinterDto
        {
            StoreId = store.Id, Name = "后厨", Address = "127.0.0.1", Port = port, Station = Station.Kitchen,
        })).ReadAsAsync<PrinterDto>();

        await (await manager.PostAsync($"/api/admin/printers/{printer.Id}/test", null)).ShouldBeProblemAsync(HttpStatusCode.BadGateway, PrintingErrorCodes.PrinterUnreachable);
        var listed = (await (await manager.GetAsync($"/api/admin/printers?storeId={store.Id}")).ReadAsAsync<List<PrinterDto>>()).Single();
        listed.State.ShouldBe(PrinterState.Error);
        listed.LastError.ShouldNotBeNullOrEmpty();

        using var back = new FakePrinter(port);
        (await (await manager.PostAsync($"/api/admin/printers/{printer.Id}/test", null)).ReadAsAsync<PrinterDto>()).State.ShouldBe(PrinterState.Ok);
        Gb18030.GetString((await back.NextAsync(TimeSpan.FromSeconds(5))).ShouldNotBeNull()).ShouldContain("测试打印");
        await (await manager.PostJsonAsync("/api/admin/printers", new CreatePrinterDto { StoreId = store.Id, Name = "", Address = "", Port = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        await (await kitchen.PostAsync($"/api/admin/printers/{printer.Id}/test", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "LocalLife:Forbidden");
    }

    private static bool ContainsSequence(byte[] data, byte[] sequence) =>
        Enumerable.Range(0, data.Length - sequence.Length + 1).Any(i => data.AsSpan(i, sequence.Length).SequenceEqual(sequence));

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>A network printer stand-in: accepts connections on loopback and keeps each connection's bytes.</summary>
    private sealed class FakePrinter : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly System.Threading.Channels.Channel<byte[]> _received = System.Threading.Channels.Channel.CreateUnbounded<byte[]>();
        private readonly CancellationTokenSource _stop = new();

        public FakePrinter(int port = 0)
        {
            _listener = new TcpListener(IPAddress.Loopback, port);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptLoopAsync();
        }

        public int Port { get; }

        public async Task<byte[]?> NextAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            try { return await _received.Reader.ReadAsync(cts.Token); }
            catch (OperationCanceledException) { return null; }
        }

        private async Task AcceptLoopAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    using var buffer = new MemoryStream();
                    await client.GetStream().CopyToAsync(buffer, _stop.Token);
                    await _received.Writer.WriteAsync(buffer.ToArray());
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
