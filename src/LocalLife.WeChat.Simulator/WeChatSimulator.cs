using System.Collections.Concurrent;
using System.Security.Cryptography;
using LocalLife.WeChat.Messages;
using LocalLife.WeChat.Pay;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// The state of the simulated WeChat: tokens, sent messages, orders, refunds and the platform key. The HTTP
/// endpoints are a thin layer over it; tests and demos drive it directly (<see cref="PayAsync"/>) or over HTTP.
/// </summary>
public sealed class WeChatSimulator : IDisposable
{
    private readonly HttpClient _notifyHttp = new();
    private readonly ConcurrentQueue<SubscribeMessage> _messages = new();
    private readonly ConcurrentQueue<Task> _background = new();

    public WeChatSimulator(IOptions<WeChatSimulatorOptions> options, TimeProvider? clock = null)
    {
        Options = options.Value;
        Clock = clock ?? TimeProvider.System;
        PlatformKey = RSA.Create(2048);
        if (!string.IsNullOrWhiteSpace(Options.PlatformPrivateKeyPem)) PlatformKey.ImportFromPem(Options.PlatformPrivateKeyPem);
        PlatformPublicKeyPem = PlatformKey.ExportSubjectPublicKeyInfoPem();
        MerchantPublicKey = string.IsNullOrWhiteSpace(Options.MerchantPublicKeyPem)
            ? null
            : WeChatPayKeys.ImportPublicKey(Options.MerchantPublicKeyPem, out _);
        Tokens = new SimulatedAccessTokens(Clock, Options.AccessTokenLifetimeSeconds);
        Ledger = new SimulatedPayLedger(Clock);
        Notifications = new SimulatedNotificationSender(_notifyHttp, PlatformKey, Options, Clock);
    }

    public WeChatSimulatorOptions Options { get; }
    public TimeProvider Clock { get; }
    public RSA PlatformKey { get; }
    /// <summary>Give this and <see cref="WeChatSimulatorOptions.PlatformPublicKeyId"/> to the client's WeChatPayOptions.</summary>
    public string PlatformPublicKeyPem { get; }
    /// <summary>Null until configured: every Pay request is then refused, as WeChat refuses an unknown merchant.</summary>
    public RSA? MerchantPublicKey { get; }
    public SimulatedAccessTokens Tokens { get; }
    public SimulatedPayLedger Ledger { get; }
    public SimulatedNotificationSender Notifications { get; }
    public IReadOnlyCollection<SubscribeMessage> SentMessages => _messages;

    internal void RecordMessage(SubscribeMessage message) => _messages.Enqueue(message);

    /// <summary>The user pays: marks the order paid and delivers TRANSACTION.SUCCESS to its notify_url (with retries).</summary>
    public async Task<SimulatedPayment> PayAsync(string outTradeNo, CancellationToken ct)
    {
        var order = Ledger.MarkPaid(outTradeNo);
        var delivered = await Notifications.SendAsync(order.Request.NotifyUrl, WeChatPayEventTypes.TransactionSuccess,
            "支付成功", WeChatPayNotificationResource.TransactionType, order.ToTransaction(), ct);
        return new SimulatedPayment(order.OutTradeNo, order.TransactionId!, delivered);
    }

    /// <summary>
    /// WeChat answers a refund with PROCESSING and settles it moments later; the settlement and its REFUND.SUCCESS
    /// notification run after the answer, so the host sees the same order of events as in production.
    /// </summary>
    internal void SettleLater(SimulatedRefund refund)
    {
        _background.Enqueue(Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), Clock);
            Ledger.CompleteRefund(refund);
            if (!string.IsNullOrWhiteSpace(refund.Request.NotifyUrl))
                await Notifications.SendAsync(refund.Request.NotifyUrl, WeChatPayEventTypes.RefundSuccess,
                    "退款成功", WeChatPayNotificationResource.RefundType, refund.ToNotification(), CancellationToken.None);
        }));
    }

    /// <summary>Waits for refunds being settled in the background, so a test can assert on their notifications.</summary>
    public Task WhenSettledAsync() => Task.WhenAll(_background.ToArray());

    public void Dispose()
    {
        _notifyHttp.Dispose();
        PlatformKey.Dispose();
        MerchantPublicKey?.Dispose();
    }
}
