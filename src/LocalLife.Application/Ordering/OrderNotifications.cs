using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.WeChat.Messages;
using LocalLife.WeChat.MiniProgram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>
/// WeChat subscribe-message templates (configuration section "Notifications"). A template left empty sends nothing.
/// The order template's fields: <c>character_string1</c> order number, <c>thing2</c> place, <c>phrase3</c> status,
/// <c>time4</c> when (the common "订单状态通知" layout; map yours to these names).
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public string OrderStatusTemplateId { get; set; } = "";

    /// <summary>The mini-program page the message opens; {id} is the order's id.</summary>
    public string OrderPage { get; set; } = "pages/orders/detail?id={id}";

    /// <summary>The review reminder after an order completes or a booking is released (see ReviewReminderHandler); empty sends nothing.</summary>
    public string ReviewReminderTemplateId { get; set; } = "";

    /// <summary>The page the review reminder opens; {kind} is Order or Booking, {id} the source's id.</summary>
    public string ReviewPage { get; set; } = "pages/review/index?kind={kind}&id={id}";

    /// <summary>developer, trial or formal.</summary>
    public string MiniProgramState { get; set; } = "formal";
}

/// <summary>
/// Tells the customer in WeChat when their order is paid, accepted, on its way, delivered, completed or cancelled
/// (story 4: "当订单状态变更时收到微信通知"). Best effort after commit: a customer who did not subscribe
/// (WeChat refuses) or a WeChat outage is logged, never retried into a storm; the live push already went out.
/// </summary>
public sealed class OrderNotificationHandler(
    WeChatSubscribeMessageClient messages,
    IIdentityUserRepository users,
    IOptions<NotificationOptions> options,
    ILogger<OrderNotificationHandler> logger) : IDistributedEventHandler<OrderStatusChangedEto>
{
    private static readonly Dictionary<OrderStatus, string> Phrases = new()
    {
        [OrderStatus.Paid] = "已支付", [OrderStatus.Accepted] = "已接单", [OrderStatus.Delivering] = "配送中",
        [OrderStatus.Delivered] = "已送达", [OrderStatus.Completed] = "已完成", [OrderStatus.Cancelled] = "已取消",
    };

    public async Task HandleEventAsync(OrderStatusChangedEto eto, CancellationToken ct)
    {
        var template = options.Value.OrderStatusTemplateId;
        if (string.IsNullOrWhiteSpace(template) || !Phrases.TryGetValue(eto.To, out var phrase)) return;
        var openId = await users.FindLoginKeyAsync(eto.CustomerId, LocalLifeLoginProviders.WeChatMiniProgram, ct);
        if (openId is null) return;
        var local = TimeZoneInfo.ConvertTime(eto.At, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        try
        {
            await messages.SendAsync(new SubscribeMessage
            {
                ToUser = openId, TemplateId = template, Page = options.Value.OrderPage.Replace("{id}", eto.OrderId.ToString()),
                MiniProgramState = options.Value.MiniProgramState, Lang = "zh_CN",
                Data = SubscribeMessage.Fields(("character_string1", eto.Number), ("thing2", $"{eto.SpaceNumber} 包间/座位".Truncate(20)),
                    ("phrase3", phrase), ("time4", local.ToString("yyyy-MM-dd HH:mm"))),
            }, ct);
        }
        catch (Exception e) when (e is WeChatApiException or HttpRequestException or TaskCanceledException)
        {
            logger.LogInformation("Order {Number} status message not sent: {Reason}", eto.Number, e.Message);
        }
    }
}
