using System.Net;
using LocalLife.Bookings;
using LocalLife.Payments;

namespace LocalLife.Ordering;

/// <summary>The order timers, run as their jobs would (as the order's tenant) with the moment given explicitly.</summary>
[Collection(WeChatCollection.Name)]
public sealed class OrderTimerTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task An_unpaid_order_is_cancelled_after_15_minutes_with_its_stock_and_points_back_and_its_payment_closed()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 5000, stock: 2);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-order-expire");
        await _driver.Bookings.GivePointsAsync(customerId, 300);
        await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2);
        var order = (await (await OrderingDriver.PlaceAsync(customer, space.Id, token, usePoints: true)).ReadAsAsync<OrderPlacedDto>()).Order;
        order.PayBy.ShouldBe(order.PlacedAt + OrderingConsts.PaymentWindow, TimeSpan.FromSeconds(1));
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(0);

        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.ExpireIfUnpaidAsync(order.Id, order.PayBy.AddMinutes(-1), default))).ShouldBeFalse();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.ExpireIfUnpaidAsync(order.Id, order.PayBy.AddSeconds(1), default))).ShouldBeTrue();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.ExpireIfUnpaidAsync(order.Id, order.PayBy.AddSeconds(2), default))).ShouldBeFalse();

        var expired = await OrderingDriver.GetAsync(customer, order.Id);
        expired.Status.ShouldBe(OrderStatus.Cancelled);
        expired.CancelReason.ShouldBe("not paid in time");
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(2);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(300);
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, order.PaymentId!.Value)).Status.ShouldBe(PaymentStatus.Closed);
    }

    [Fact]
    public async Task A_paid_order_not_accepted_in_3_minutes_is_escalated_once_and_at_the_limit_cancelled_and_refunded()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 2200, stock: 5);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-unaccepted");
        var order = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
        order.AcceptBy!.Value.ShouldBe(order.PaidAt!.Value + OrderingConsts.AcceptWindow, TimeSpan.FromSeconds(1));

        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.EscalateIfUnacceptedAsync(order.Id, order.AcceptBy!.Value.AddSeconds(-5), default))).ShouldBeFalse();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.EscalateIfUnacceptedAsync(order.Id, order.AcceptBy!.Value.AddSeconds(1), default))).ShouldBeTrue();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.EscalateIfUnacceptedAsync(order.Id, order.AcceptBy!.Value.AddSeconds(2), default))).ShouldBeFalse();
        (await OrderingDriver.GetAsync(customer, order.Id)).EscalatedAt.ShouldNotBeNull();

        var limit = order.PaidAt!.Value.AddMinutes(OrderingConsts.DefaultAutoCancelMinutes);
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.CancelIfUnacceptedAsync(order.Id, limit.AddSeconds(-5), default))).ShouldBeFalse();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.CancelIfUnacceptedAsync(order.Id, limit.AddSeconds(1), default))).ShouldBeTrue();

        var cancelled = await OrderingDriver.GetAsync(customer, order.Id);
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.RefundedFen.ShouldBe(2200);
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(5);
    }

    [Fact]
    public async Task An_accepted_order_is_neither_escalated_nor_cancelled_and_a_delivered_one_completes_by_itself_earning_points()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 10000);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-autocomplete");
        var order = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync("/api/admin/rebate-rules", new Loyalty.SaveRebateRuleDto { Name = "点单返积分", PointsPer100Yuan = 50 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var step in new[] { "accept", "prepare", "deliver", "delivered" })
            (await desk.PostAsync($"/api/admin/orders/{order.Id}/{step}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.EscalateIfUnacceptedAsync(order.Id, DateTimeOffset.UtcNow.AddHours(1), default))).ShouldBeFalse();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.CancelIfUnacceptedAsync(order.Id, DateTimeOffset.UtcNow.AddHours(1), default))).ShouldBeFalse();
        var delivered = await OrderingDriver.GetAsync(customer, order.Id);
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.CompleteIfDeliveredAsync(order.Id, delivered.DeliveredAt!.Value.AddMinutes(29), default))).ShouldBeFalse();
        (await _driver.RunAsync(ApiFixture.KtvTenant, j => j.CompleteIfDeliveredAsync(order.Id, delivered.DeliveredAt!.Value.AddMinutes(31), default))).ShouldBeTrue();

        var completed = await OrderingDriver.GetAsync(customer, order.Id);
        completed.Status.ShouldBe(OrderStatus.Completed);
        completed.PointsEarned.ShouldBeGreaterThanOrEqualTo(50);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(completed.PointsEarned);
    }
}
