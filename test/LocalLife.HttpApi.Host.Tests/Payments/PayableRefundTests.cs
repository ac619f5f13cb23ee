using System.Net;
using LocalLife.Bookings;
using LocalLife.Ordering;
using LocalLife.Spaces;

namespace LocalLife.Payments;

/// <summary>
/// A merchant refunding a payment from the payments page: the order or booking it paid for follows (its refunded
/// amount, and a full refund before anything was made or used cancels it with stock and points back).
/// </summary>
[Collection(WeChatCollection.Name)]
public sealed class PayableRefundTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _orders = new(api);
    private readonly BookingDriver _bookings = new(api);

    [Fact]
    public async Task A_partial_refund_from_the_payments_page_counts_in_the_order_and_what_completing_it_earns()
    {
        var product = await _orders.NewProductAsync(ApiFixture.KtvTenant, priceFen: 4000, stock: 5);
        var (space, token) = await _orders.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _orders.Payments.CustomerAsync("sim-payable-refund-part");
        var order = await _orders.OrderAndPayAsync(customer, space.Id, token, product.Id, 2);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        (await manager.PostJsonAsync($"/api/admin/payments/{order.PaymentId}/refunds",
            new RefundPaymentDto { AmountFen = 3000, Reason = "少上一杯", IdempotencyKey = "part-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();

        var after = await OrderingDriver.GetAsync(customer, order.Id);
        after.RefundedFen.ShouldBe(3000);
        after.Status.ShouldBe(OrderStatus.Paid);
        (await _orders.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(3);

        // The same refund again (a retry under its key) counts nothing twice.
        (await manager.PostJsonAsync($"/api/admin/payments/{order.PaymentId}/refunds",
            new RefundPaymentDto { AmountFen = 3000, Reason = "少上一杯", IdempotencyKey = "part-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();
        (await OrderingDriver.GetAsync(customer, order.Id)).RefundedFen.ShouldBe(3000);

        // Cancelling now refunds only what is left.
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var rejected = await (await frontDesk.PostJsonAsync($"/api/admin/orders/{order.Id}/reject", new RejectOrderDto { Reason = "售罄" })).ReadAsAsync<OrderDto>();
        rejected.RefundedFen.ShouldBe(8000);
        await api.Simulator.WhenSettledAsync();
        var payment = await _orders.Payments.GetAsync(ApiFixture.KtvTenant, order.PaymentId!.Value);
        payment.RefundedFen.ShouldBe(8000);
        payment.Status.ShouldBe(PaymentStatus.Refunded);
        (await OrderingDriver.GetAsync(customer, order.Id)).RefundedFen.ShouldBe(8000);
    }

    [Fact]
    public async Task A_full_refund_from_the_payments_page_cancels_an_order_not_yet_made_and_gives_back_stock_and_points()
    {
        var product = await _orders.NewProductAsync(ApiFixture.KtvTenant, priceFen: 5000, stock: 4);
        var (space, token) = await _orders.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _orders.Payments.CustomerAsync("sim-payable-refund-full");
        await _orders.Bookings.GivePointsAsync(customerId, 500);
        await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2);
        var order = (await (await OrderingDriver.PlaceAsync(customer, space.Id, token, usePoints: true)).ReadAsAsync<OrderPlacedDto>()).Order;
        await _orders.PayAsync(customer, order);
        order.PointsUsed.ShouldBeGreaterThan(0);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        (await manager.PostJsonAsync($"/api/admin/payments/{order.PaymentId}/refunds",
            new RefundPaymentDto { AmountFen = order.CashFen, Reason = "顾客投诉", IdempotencyKey = "full-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();

        var after = await OrderingDriver.GetAsync(customer, order.Id);
        after.Status.ShouldBe(OrderStatus.Cancelled);
        after.RefundedFen.ShouldBe(order.CashFen);
        (await _orders.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(4);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(500);
        // Nothing more goes out: the order's own cancellation found nothing left to refund.
        (await _orders.Payments.GetAsync(ApiFixture.KtvTenant, order.PaymentId!.Value)).Refunds.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_full_deposit_refund_from_the_payments_page_cancels_the_booking_and_frees_the_room()
    {
        var space = await _bookings.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _bookings.Payments.CustomerAsync("sim-payable-refund-deposit");
        var booking = await _bookings.BookAndPayAsync(customer, space.Id);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        (await manager.PostJsonAsync($"/api/admin/payments/{booking.PaymentId}/refunds",
            new RefundPaymentDto { AmountFen = booking.CashFen, Reason = "包间维修", IdempotencyKey = "deposit-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();

        var after = await (await customer.GetAsync($"/api/app/bookings/{booking.Id}")).ReadAsAsync<BookingDto>();
        after.Status.ShouldBe(BookingStatus.Cancelled);
        (await _bookings.PublicStatusAsync(space.Id)).ShouldBe(SpaceStatus.Free);
    }

    [Fact]
    public async Task After_a_partial_deposit_refund_cancelling_the_booking_refunds_only_the_rest()
    {
        var space = await _bookings.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _bookings.Payments.CustomerAsync("sim-payable-refund-deposit-part");
        var booking = await _bookings.BookAndPayAsync(customer, space.Id);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync($"/api/admin/payments/{booking.PaymentId}/refunds",
            new RefundPaymentDto { AmountFen = 500, Reason = "迟到补偿", IdempotencyKey = "deposit-part" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await api.Simulator.WhenSettledAsync();
        (await (await customer.GetAsync($"/api/app/bookings/{booking.Id}")).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.Confirmed);

        (await (await customer.PostAsync($"/api/app/bookings/{booking.Id}/cancel", null)).ReadAsAsync<BookingDto>()).Status.ShouldBe(BookingStatus.Cancelled);
        await api.Simulator.WhenSettledAsync();

        var payment = await _bookings.Payments.GetAsync(ApiFixture.KtvTenant, booking.PaymentId!.Value);
        payment.RefundedFen.ShouldBe(booking.CashFen);
        payment.Refunds.Select(r => r.AmountFen).ShouldBe([500, booking.CashFen - 500], ignoreOrder: true);
    }
}
