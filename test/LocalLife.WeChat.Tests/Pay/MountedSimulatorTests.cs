using LocalLife.WeChat.MiniProgram;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Simulator;
using LocalLife.WeChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalLife.WeChat.Tests.Pay;

/// <summary>
/// The demo setup: one host serves its API, its notify_url and the simulator under /wechat-sim, configured only
/// with its own WeChat sections; the simulator fills in the platform key the Pay client trusts.
/// </summary>
public sealed class MountedSimulatorTests
{
    [Fact]
    public async Task A_host_with_the_simulator_mounted_logs_in_pays_and_receives_its_own_notification()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeChat:MiniProgram:AppId"] = TestKeys.AppId,
            ["WeChat:MiniProgram:AppSecret"] = TestKeys.AppSecret,
            ["WeChat:Pay:MchId"] = TestKeys.MchId,
            ["WeChat:Pay:SpAppId"] = TestKeys.AppId,
            ["WeChat:Pay:MerchantSerialNo"] = TestKeys.MerchantSerialNo,
            ["WeChat:Pay:MerchantPrivateKeyPem"] = TestKeys.MerchantPrivatePem,
            ["WeChat:Pay:ApiV3Key"] = TestKeys.ApiV3Key,
        });
        builder.Services.AddLocalLifeWeChat(builder.Configuration);
        builder.Services.AddWeChatSimulator(builder.Configuration);
        var app = builder.Build();
        var received = new TaskCompletionSource<WeChatPayNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.MapPost("/api/payments/wechat/notify", async (HttpRequest request, WeChatPayNotificationParser parser, CancellationToken ct) =>
        {
            received.TrySetResult(await parser.ParseAsync(request, ct));
            return Results.NoContent();
        });
        app.MapWeChatSimulator("/wechat-sim");
        await app.StartAsync();
        await using var _ = app;

        var root = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        // Options are read on first use, so the host can point at itself once it knows its port.
        app.Configuration["WeChat:MiniProgram:BaseAddress"] = root + "/wechat-sim";
        app.Configuration["WeChat:Pay:BaseAddress"] = root + "/wechat-sim";
        app.Configuration["WeChat:Pay:NotifyUrl"] = root + "/api/payments/wechat/notify";

        var session = await app.Services.GetRequiredService<WeChatLoginClient>().Code2SessionAsync("sim-demo", CancellationToken.None);
        await app.Services.GetRequiredService<WeChatPayClient>()
            .PrepayJsapiAsync(new JsapiPrepayOrder("M-1", "包间定金", 5000, session.OpenId), CancellationToken.None);
        using var http = new HttpClient();
        (await http.PostAsync(root + "/wechat-sim/sim/pay/M-1", null)).EnsureSuccessStatusCode();

        var notification = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        notification.Transaction!.OutTradeNo.ShouldBe("M-1");
        notification.Transaction.Payer!.OpenId.ShouldBe(session.OpenId);
        app.Services.GetRequiredService<WeChatSimulator>().Notifications.Deliveries.ShouldHaveSingleItem().Delivered.ShouldBeTrue();
    }
}
