using System.Net;
using LocalLife.Bookings;
using LocalLife.Common;
using LocalLife.Loyalty;
using LocalLife.Payments;
using LocalLife.RealTime;
using LocalLife.Spaces;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocalLife.Ordering;

/// <summary>Scan, order with points, pay in (simulated) WeChat, and the order's whole life with the merchant, pushed live to the customer.</summary>
[Collection(WeChatCollection.Name)]
public sealed class OrderFlowTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task A_customer_scans_orders_with_points_pays_and_follows_the_order_to_completion_live()
    {
        var drink = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 3000, memberFen: 2500, stock: 10, specs: [OrderingDriver.Size], prepMinutes: 5);
        var food = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 4000, prepMinutes: 12,
            category: await _driver.NewCategoryAsync(ApiFixture.KtvTenant, Station.Kitchen));
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-order-flow");
        await _driver.Bookings.GivePointsAsync(customerId, 1000);

        var scanned = await (await api.CreateClient().GetAsync($"/api/app/catalog/scan?t={Uri.EscapeDataString(token)}")).ReadAsAsync<ScanResultDto>();
        scanned.SpaceId.ShouldBe(space.Id);
        await OrderingDriver.AddAsync(customer, space.Id, drink.Id, 2, ["size:large"]);
        await OrderingDriver.AddAsync(customer, space.Id, food.Id, 1, note: "不要辣");

        var preview = await (await customer.PostJsonAsync("/api/app/orders/preview", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, UsePoints = true }))
            .ReadAsAsync<OrderPreviewDto>();
        preview.Cart.TotalFen.ShouldBe(2 * 3000 + 4000);
        preview.PointsUsed.ShouldBeGreaterThan(0);
        preview.CashFen.ShouldBe(preview.Cart.TotalFen - preview.PointsFen);

        await using var live = await HubClients.ConnectAsync(api, CustomerHub.Path, customer.DefaultRequestHeaders.Authorization!.Parameter!);
        var statuses = live.Listen(RealtimeMethods.OrderStatusChanged);
        await using var desk = await HubClients.ConnectAsync(api, StaffHub.Path, (await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk")).AccessToken);
        var inbox = desk.Listen(RealtimeMethods.NewOrder);
        await desk.InvokeAsync("JoinStore", space.StoreId);

        var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token, usePoints: true)).ReadAsAsync<OrderPlacedDto>();
        var order = placed.Order;
        order.Status.ShouldBe(OrderStatus.Placed);
        order.Number.ShouldMatch("^D[0-9]{6}[2-9A-Z]{6}$");
        order.SpaceNumber.ShouldBe(space.Number);
        order.TotalFen.ShouldBe(10000);
        order.RegularFen.ShouldBe(11000);
        order.PointsUsed.ShouldBe(preview.PointsUsed);
        order.CashFen.ShouldBe(preview.CashFen);
        order.Lines.Single(l => l.ProductId == food.Id).ShouldSatisfyAllConditions(l => l.Station.ShouldBe(Station.Kitchen), l => l.Note.ShouldBe("不要辣"));
        order.EstimatedReadyAt.ShouldBe(order.PlacedAt.AddMinutes(12), TimeSpan.FromSeconds(1));
        placed.RequestPayment.ShouldNotBeNull().Package.ShouldStartWith("prepay_id=");
        (await _driver.ProductAsync(ApiFixture.KtvTenant, drink.Id)).Stock.ShouldBe(8);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(1000 - order.PointsUsed);

        await _driver.PayAsync(customer, order);
        (await OrderingDriver.GetAsync(customer, order.Id)).Status.ShouldBe(OrderStatus.Paid);
        (await inbox.WaitAsync(1, TimeSpan.FromSeconds(5))).ShouldBeTrue();
        inbox.Items.ShouldContain(i => i.GetProperty("orderId").GetGuid() == order.Id && i.GetProperty("sound").GetString() == "new-order");

        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var paid = await (await frontDesk.GetAsync($"/api/admin/orders?storeId={space.StoreId}&status=Paid")).ReadAsAsync<PagedResultDto<OrderDto>>();
        paid.Items.ShouldContain(o => o.Id == order.Id);
        (await frontDesk.PostAsync($"/api/admin/orders/{order.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        (await kitchen.PostAsync($"/api/admin/orders/{order.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kitchen.PostAsync($"/api/admin/orders/{order.Id}/prepare", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var waiter = await api.LoginAsync(ApiFixture.KtvTenant, "waiter");
        (await waiter.PostAsync($"/api/admin/orders/{order.Id}/deliver", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await waiter.PostAsync($"/api/admin/orders/{order.Id}/delivered", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await waiter.PostAsync($"/api/admin/orders/{order.Id}/prepare", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.IllegalTransition);

        var completed = await (await customer.PostAsync($"/api/app/orders/{order.Id}/confirm-receipt", null)).ReadAsAsync<OrderDto>();
        completed.Status.ShouldBe(OrderStatus.Completed);
        completed.Timeline.Select(s => s.Status).ShouldBe([OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Preparing,
            OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed]);
        (await statuses.WaitAsync(6, TimeSpan.FromSeconds(5))).ShouldBeTrue();
        statuses.Items.Where(i => i.GetProperty("orderId").GetGuid() == order.Id).Select(i => i.GetProperty("status").GetString())
            .ShouldBe(["Paid", "Accepted", "Preparing", "Delivering", "Delivered", "Completed"]);

        var mine = await (await customer.GetAsync("/api/app/orders")).ReadAsAsync<PagedResultDto<OrderDto>>();
        mine.Items.ShouldContain(o => o.Id == order.Id && o.Status == OrderStatus.Completed);

        // And in WeChat: a subscribe message per customer-facing step (paid, accepted, delivering, delivered, completed).
        var sent = await WaitForAsync(() => api.Simulator.SentMessages.Where(m => m.Data["character_string1"].Value == order.Number).ToList(), 5);
        sent.Select(m => m.Data["phrase3"].Value).ShouldBe(["已支付", "已接单", "配送中", "已送达", "已完成"], ignoreOrder: true);
        sent.ShouldAllBe(m => m.TemplateId == WeChatApiFixture.OrderStatusTemplateId && m.Page == $"pages/orders/detail?id={order.Id}");
    }

    [Fact]
    public async Task Forged_rotated_and_other_space_QR_tokens_are_refused_and_nothing_is_ordered()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, stock: 5);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (otherSpace, otherToken) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-qr");
        await OrderingDriver.AddAsync(customer, space.Id, product.Id);

        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        await (await OrderingDriver.PlaceAsync(customer, space.Id, forged)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, SpaceErrorCodes.QrInvalid);
        await (await OrderingDriver.PlaceAsync(customer, space.Id, otherToken))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.SpaceNotOrderable);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostAsync($"/api/admin/spaces/{space.Id}/qr/rotate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ShouldBeProblemAsync(HttpStatusCode.Gone, SpaceErrorCodes.QrRotated);

        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(5);
        (await (await customer.GetAsync($"/api/app/carts/{space.Id}")).ReadAsAsync<CartDto>()).Lines.ShouldHaveSingleItem();
        var fresh = await _driver.TokenAsync(ApiFixture.KtvTenant, space.Id);
        (await OrderingDriver.PlaceAsync(customer, space.Id, fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await OrderingDriver.PlaceAsync(customer, otherSpace.Id, otherToken)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.CartEmpty);
    }

    [Fact]
    public async Task Orders_of_other_customers_and_other_merchants_are_not_found()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-owner");
        await OrderingDriver.AddAsync(customer, space.Id, product.Id);
        var order = (await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ReadAsAsync<OrderPlacedDto>()).Order;

        var (stranger, _) = await _driver.Payments.CustomerAsync("sim-order-stranger");
        await (await stranger.GetAsync($"/api/app/orders/{order.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await stranger.PostAsync($"/api/app/orders/{order.Id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        var teaDesk = await api.LoginAsync(ApiFixture.TeaTenant, "frontdesk");
        await (await teaDesk.GetAsync($"/api/admin/orders/{order.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await teaDesk.PostAsync($"/api/admin/orders/{order.Id}/accept", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        (await (await teaDesk.GetAsync("/api/admin/orders")).ReadAsAsync<PagedResultDto<OrderDto>>()).Items.ShouldNotContain(o => o.Id == order.Id);
    }

    [Fact]
    public async Task The_customer_cancels_before_acceptance_and_gets_stock_points_and_cash_back()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 5000, stock: 3);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Payments.CustomerAsync("sim-order-cancel");
        await _driver.Bookings.GivePointsAsync(customerId, 500);
        await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2);
        var order = (await (await OrderingDriver.PlaceAsync(customer, space.Id, token, usePoints: true)).ReadAsAsync<OrderPlacedDto>()).Order;
        await _driver.PayAsync(customer, order);

        var cancelled = await (await customer.PostAsync($"/api/app/orders/{order.Id}/cancel", null)).ReadAsAsync<OrderDto>();
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.RefundedFen.ShouldBe(order.CashFen);
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(3);
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(500);
        var payment = await _driver.Payments.GetAsync(ApiFixture.KtvTenant, order.PaymentId!.Value);
        (payment.RefundedFen + payment.RefundPendingFen).ShouldBe(order.CashFen);
        // Again: nothing more is refunded.
        (await customer.PostAsync($"/api/app/orders/{order.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, order.PaymentId!.Value)).Refunds.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_order_from_a_checked_in_room_belongs_to_the_booking_and_its_spend_counts_in_the_release()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 6000);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-booking");
        var booking = await _driver.Bookings.BookAndPayAsync(customer, space.Id);
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await frontDesk.PostJsonAsync("/api/admin/bookings/check-in", new CheckInBookingDto { StoreId = space.StoreId, Code = booking.CheckInCode! }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var order = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
        order.BookingId.ShouldBe(booking.Id);

        var released = await (await frontDesk.PostJsonAsync($"/api/admin/bookings/{booking.Id}/release", new ReleaseBookingDto
        {
            Lines = [new(BookingSpendCategories.RoomFee, 20000)],
        })).ReadAsAsync<BookingDto>();
        released.SpendFen.ShouldBe(26000);
    }

    [Fact]
    public async Task The_merchant_rejects_a_paid_order_with_a_reason_and_it_is_refunded()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 1800, stock: 4);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-reject");
        var order = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id, 2);
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");

        await (await frontDesk.PostJsonAsync($"/api/admin/orders/{order.Id}/reject", new RejectOrderDto { Reason = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        var rejected = await (await frontDesk.PostJsonAsync($"/api/admin/orders/{order.Id}/reject", new RejectOrderDto { Reason = "厨房设备故障" })).ReadAsAsync<OrderDto>();

        rejected.Status.ShouldBe(OrderStatus.Cancelled);
        rejected.CancelReason.ShouldBe("rejected: 厨房设备故障");
        rejected.RefundedFen.ShouldBe(3600);
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(4);
    }

    [Fact]
    public async Task An_exception_is_resolved_by_a_partial_refund_back_into_the_flow_or_by_a_full_refund_that_cancels()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 2000, stock: 10);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-exception");
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var first = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id, 3);
        await frontDesk.PostAsync($"/api/admin/orders/{first.Id}/accept", null);
        await frontDesk.PostAsync($"/api/admin/orders/{first.Id}/prepare", null);
        var raised = await (await frontDesk.PostJsonAsync($"/api/admin/orders/{first.Id}/exception",
            new RaiseOrderIssueDto { Kind = OrderExceptionKind.OutOfStock, Note = "只剩两份" })).ReadAsAsync<OrderDto>();
        raised.Status.ShouldBe(OrderStatus.Exception);
        (await frontDesk.PostJsonAsync($"/api/admin/orders/{first.Id}/resolve",
            new ResolveOrderIssueDto { Resolution = OrderResolutionKind.PartialRefund, Note = "退一份", RefundFen = 2000 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await manager.PostJsonAsync($"/api/admin/orders/{first.Id}/resolve",
            new ResolveOrderIssueDto { Resolution = OrderResolutionKind.PartialRefund, Note = "退一份", RefundFen = 6000 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidRefund);
        var resolving = await manager.PostJsonAsync($"/api/admin/orders/{first.Id}/resolve",
            new ResolveOrderIssueDto { Resolution = OrderResolutionKind.PartialRefund, Note = "退一份", RefundFen = 2000 });
        resolving.StatusCode.ShouldBe(HttpStatusCode.OK, await resolving.Content.ReadAsStringAsync());
        var resolved = await resolving.ReadAsAsync<OrderDto>();
        resolved.Status.ShouldBe(OrderStatus.Preparing);
        resolved.RefundedFen.ShouldBe(2000);
        resolved.Issue.ShouldNotBeNull().Resolution.ShouldBe(OrderResolutionKind.PartialRefund);
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, first.PaymentId!.Value)).Refunds.Sum(r => r.AmountFen).ShouldBe(2000);

        var second = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id, 2);
        await frontDesk.PostAsync($"/api/admin/orders/{second.Id}/accept", null);
        await frontDesk.PostJsonAsync($"/api/admin/orders/{second.Id}/exception", new RaiseOrderIssueDto { Kind = OrderExceptionKind.DeliveryFailed, Note = "送错房间" });
        var cancelled = await (await manager.PostJsonAsync($"/api/admin/orders/{second.Id}/resolve",
            new ResolveOrderIssueDto { Resolution = OrderResolutionKind.FullRefund, Note = "全额退款" })).ReadAsAsync<OrderDto>();
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.RefundedFen.ShouldBe(4000);
        (await _driver.Payments.GetAsync(ApiFixture.KtvTenant, second.PaymentId!.Value)).Refunds.Sum(r => r.AmountFen).ShouldBe(4000);
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(7); // 10 − 3 − 2 + 2 back
    }

    private static async Task<List<T>> WaitForAsync<T>(Func<List<T>> read, int count)
    {
        for (var i = 0; i < 50 && read().Count < count; i++) await Task.Delay(100);
        return read();
    }
}
