using System.Collections.Concurrent;
using LocalLife.WeChat.Pay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalLife.WeChat.Tests.Infrastructure;

/// <summary>
/// A host's notify_url as production would write it: the parser from the client container, 401 for a bad
/// signature, 400 for bad content, 204 when applied. Can refuse the first N calls to exercise retries.
/// </summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<WeChatPayNotification> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    private NotificationReceiver(WebApplication app) => _app = app;

    public string NotifyUrl { get; private set; } = "";
    public ConcurrentQueue<WeChatPayNotification> Received { get; } = new();
    public int Calls => Volatile.Read(ref _calls);
    public int RefuseFirst { get; set; }

    public static async Task<NotificationReceiver> StartAsync(WeChatPayNotificationParser parser)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/pay/notify", async (HttpRequest request, CancellationToken ct) =>
        {
            if (Interlocked.Increment(ref receiver._calls) <= receiver.RefuseFirst) return Results.StatusCode(500);
            try
            {
                var notification = await parser.ParseAsync(request, ct);
                receiver.Received.Enqueue(notification);
                receiver._first.TrySetResult(notification);
                return Results.NoContent();
            }
            catch (WeChatPaySignatureException e)
            {
                return Results.Json(new { code = "FAIL", message = e.Failure.ToString() }, statusCode: 401);
            }
            catch (WeChatPayNotificationException e)
            {
                return Results.Json(new { code = "FAIL", message = e.Message }, statusCode: 400);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.NotifyUrl = address.TrimEnd('/') + "/pay/notify";
        return receiver;
    }

    public Task<WeChatPayNotification> FirstAsync() => _first.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
