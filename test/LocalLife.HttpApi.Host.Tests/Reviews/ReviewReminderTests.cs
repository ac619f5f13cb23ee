using LocalLife.Bookings;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;
using LocalLife.WeChat.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LocalLife.Reviews;

/// <summary>
/// The review reminder through the real WeChat simulator. The shared host leaves the template unset (the order-status tests
/// count their messages), so the handler is built here with one configured, and given the event the outbox delivers.
/// </summary>
[Collection(WeChatCollection.Name)]
public sealed class ReviewReminderTests(WeChatApiFixture api)
{
    private const string Template = "tmpl-review-reminder-test";
    private readonly ReviewDriver _driver = new(api);

    [Fact]
    public async Task A_completed_order_and_a_released_booking_invite_the_customer_to_review_when_a_template_is_configured()
    {
        var (customer, customerId) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var booking = await _driver.ReleasedBookingAsync(customer);
        var ktv = await AllTenantsSql.ScalarAsync<Guid>(api.Database, "SELECT id FROM tenants WHERE name = @name", ("name", ApiFixture.KtvTenant));

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var handler = Handler(scope.ServiceProvider, Template);
            await handler.HandleEventAsync(new OrderStatusChangedEto(order.Id, Guid.Empty, order.StoreId, order.SpaceId, order.SpaceNumber, customerId,
                order.Number, OrderStatus.Delivered, OrderStatus.Completed, DateTimeOffset.UtcNow), default);
            await handler.HandleEventAsync(new OrderStatusChangedEto(order.Id, Guid.Empty, order.StoreId, order.SpaceId, order.SpaceNumber, customerId,
                order.Number, OrderStatus.Preparing, OrderStatus.Delivering, DateTimeOffset.UtcNow), default);
            await handler.HandleEventAsync(new BookingStatusChangedEto(booking.Id, ktv, booking.StoreId, customerId, BookingStatus.CheckedIn,
                BookingStatus.Completed, DateTimeOffset.UtcNow), default);
            await Handler(scope.ServiceProvider, "").HandleEventAsync(new BookingStatusChangedEto(booking.Id, ktv, booking.StoreId, customerId,
                BookingStatus.CheckedIn, BookingStatus.Completed, DateTimeOffset.UtcNow), default);
        }

        var sent = api.Simulator.SentMessages.Where(m => m.TemplateId == Template).ToList();
        sent.Select(m => m.Page).ShouldBe([$"pages/review/index?kind=Order&id={order.Id}", $"pages/review/index?kind=Booking&id={booking.Id}"]);
        sent.Select(m => m.Data["character_string1"].Value).ShouldBe([order.Number, booking.Number]);
    }

    private static ReviewReminderHandler Handler(IServiceProvider services, string template) => new(
        services.GetRequiredService<WeChatSubscribeMessageClient>(), services.GetRequiredService<IIdentityUserRepository>(),
        services.GetRequiredService<IBookingRepository>(), services.GetRequiredService<ICurrentTenant>(),
        Options.Create(new NotificationOptions { ReviewReminderTemplateId = template }), NullLogger<ReviewReminderHandler>.Instance);
}
