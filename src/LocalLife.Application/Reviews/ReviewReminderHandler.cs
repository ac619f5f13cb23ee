using LocalLife.Bookings;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;
using LocalLife.WeChat.Messages;
using LocalLife.WeChat.MiniProgram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Reviews;

/// <summary>
/// "订单完成后评价提醒" (§5.7.1): when an order completes or a booking is released, the customer gets a WeChat subscribe
/// message that opens the review page — only when <see cref="NotificationOptions.ReviewReminderTemplateId"/> is set.
/// Best effort, like the order status messages: a refusal or an outage is logged, never retried.
/// Template fields: <c>character_string1</c> number, <c>thing2</c> what, <c>thing3</c> invitation, <c>time4</c> when.
/// </summary>
public sealed class ReviewReminderHandler(
    WeChatSubscribeMessageClient messages,
    IIdentityUserRepository users,
    IBookingRepository bookings,
    ICurrentTenant currentTenant,
    IOptions<NotificationOptions> options,
    ILogger<ReviewReminderHandler> logger) : IDistributedEventHandler<OrderStatusChangedEto>, IDistributedEventHandler<BookingStatusChangedEto>
{
    public Task HandleEventAsync(OrderStatusChangedEto eto, CancellationToken ct) =>
        eto.To == OrderStatus.Completed ? RemindAsync(ReviewSourceKind.Order, eto.OrderId, eto.CustomerId, eto.Number, "点单消费", eto.At, ct) : Task.CompletedTask;

    public async Task HandleEventAsync(BookingStatusChangedEto eto, CancellationToken ct)
    {
        if (eto.To != BookingStatus.Completed || string.IsNullOrWhiteSpace(options.Value.ReviewReminderTemplateId)) return;
        Booking? booking;
        using (currentTenant.Change(eto.TenantId)) booking = await bookings.FindAsync(eto.BookingId, ct); // the event says whose booking it is
        if (booking is null) return;
        await RemindAsync(ReviewSourceKind.Booking, booking.Id, eto.CustomerId, booking.Number, $"{booking.SpaceNumber} 包间/卡座", eto.At, ct);
    }

    private async Task RemindAsync(ReviewSourceKind kind, Guid sourceId, Guid customerId, string number, string what, DateTimeOffset at, CancellationToken ct)
    {
        var template = options.Value.ReviewReminderTemplateId;
        if (string.IsNullOrWhiteSpace(template)) return;
        var openId = await users.FindLoginKeyAsync(customerId, LocalLifeLoginProviders.WeChatMiniProgram, ct);
        if (openId is null) return;
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        try
        {
            await messages.SendAsync(new SubscribeMessage
            {
                ToUser = openId, TemplateId = template,
                Page = options.Value.ReviewPage.Replace("{kind}", kind.ToString()).Replace("{id}", sourceId.ToString()),
                MiniProgramState = options.Value.MiniProgramState, Lang = "zh_CN",
                Data = SubscribeMessage.Fields(("character_string1", number), ("thing2", what.Truncate(20)), ("thing3", "感谢光临，邀请您评价本次体验"),
                    ("time4", local.ToString("yyyy-MM-dd HH:mm"))),
            }, ct);
        }
        catch (Exception e) when (e is WeChatApiException or HttpRequestException or TaskCanceledException)
        {
            logger.LogInformation("Review reminder for {Kind} {Number} not sent: {Reason}", kind, number, e.Message);
        }
    }
}
