using LocalLife.WeChat.Messages;
using LocalLife.WeChat.MiniProgram;
using LocalLife.WeChat.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace LocalLife.WeChat.Tests.MiniProgram;

public sealed class AccessTokenTests
{
    [Fact]
    public async Task Twenty_concurrent_callers_share_one_fetch_and_one_refresh_after_expiry()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await WeChatTestHost.StartAsync(clientClock: clock);
        var tokens = host.Get<WeChatAccessTokenProvider>();

        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetAsync(CancellationToken.None))));
        first.Distinct().Count().ShouldBe(1);
        host.Simulator.Tokens.Calls.ShouldBe(1);

        clock.Advance(TimeSpan.FromMinutes(100));
        (await tokens.GetAsync(CancellationToken.None)).ShouldBe(first[0]);
        host.Simulator.Tokens.Calls.ShouldBe(1);

        // Past expiry minus the safety margin (7200 s - 300 s) the token must be refreshed, once.
        clock.Advance(TimeSpan.FromMinutes(16));
        var second = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetAsync(CancellationToken.None))));
        second.Distinct().Count().ShouldBe(1);
        host.Simulator.Tokens.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task A_revoked_token_is_force_refreshed_once_and_the_call_retried()
    {
        await using var host = await WeChatTestHost.StartAsync();
        var messages = host.Get<WeChatSubscribeMessageClient>();
        await host.Get<WeChatAccessTokenProvider>().GetAsync(CancellationToken.None);
        host.Simulator.Tokens.RevokeAll();

        await messages.SendAsync(new SubscribeMessage
        {
            ToUser = "o-user-1",
            TemplateId = "tmpl-booking-confirmed",
            Page = "pages/booking/detail?id=42",
            MiniProgramState = "formal",
            Data = SubscribeMessage.Fields(("thing1", "KTV 大包 A01"), ("time2", "2025-11-25 20:00")),
        }, CancellationToken.None);

        host.Simulator.Tokens.ForcedCalls.ShouldBe(1);
        var sent = host.Simulator.SentMessages.ShouldHaveSingleItem();
        sent.ToUser.ShouldBe("o-user-1");
        sent.TemplateId.ShouldBe("tmpl-booking-confirmed");
        sent.Data["thing1"].Value.ShouldBe("KTV 大包 A01");
    }

    [Fact]
    public async Task A_user_who_refused_the_subscription_is_a_typed_error()
    {
        await using var host = await WeChatTestHost.StartAsync();

        var e = await Should.ThrowAsync<WeChatApiException>(() => host.Get<WeChatSubscribeMessageClient>().SendAsync(
            new SubscribeMessage { ToUser = "refused-user", TemplateId = "t", Data = SubscribeMessage.Fields(("thing1", "x")) },
            CancellationToken.None));

        e.Error.ShouldBe(WeChatApiError.UserRefusedSubscription);
        host.Simulator.SentMessages.ShouldBeEmpty();
    }
}
