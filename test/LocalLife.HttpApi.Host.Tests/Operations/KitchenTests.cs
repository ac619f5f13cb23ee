using System.Net;
using LocalLife.Kitchen;
using LocalLife.Ordering;

namespace LocalLife.Operations;

/// <summary>The front desk's batch accept and priorities, and what a station's display shows (§5.9.6, §5.9.7, story 9).</summary>
[Collection(WeChatCollection.Name)]
public sealed class KitchenTests(WeChatApiFixture api)
{
    private readonly OperationsDriver _driver = new(api);

    [Fact]
    public async Task Batch_accept_splits_each_order_and_the_bar_sees_the_same_drink_merged_with_urgent_orders_first()
    {
        var store = await _driver.NewStoreAsync();
        var mango = await _driver.NewProductAsync(store, Station.Bar, "芒果茶", prepMinutes: 4, specs: [OrderingDriver.Size]);
        var beer = await _driver.NewProductAsync(store, Station.Bar, "啤酒", prepMinutes: 1);
        var fries = await _driver.NewProductAsync(store, Station.Kitchen, "薯条", prepMinutes: 8);
        var room = await _driver.NewSpaceAsync(store, 1, 2, 2);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-kitchen");
        var o1 = await _driver.OrderAsync(customer, room, (mango.Id, 2, ["size:large"]), (fries.Id, 1, []));
        var o2 = await _driver.OrderAsync(customer, room, (mango.Id, 3, ["size:large"]), (beer.Id, 2, []));
        var o3 = await _driver.OrderAsync(customer, room, (mango.Id, 1, ["size:medium"]));

        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var results = await (await desk.PostJsonAsync("/api/admin/orders/batch-accept", new BatchAcceptOrdersDto { OrderIds = [o1.Id, o2.Id, o3.Id, Guid.NewGuid()] }))
            .ReadAsAsync<List<BatchAcceptResultDto>>();
        results.Select(r => r.Accepted).ShouldBe([true, true, true, false]);
        results[3].ErrorCode.ShouldBe("LocalLife:EntityNotFound");
        var again = await (await desk.PostJsonAsync("/api/admin/orders/batch-accept", new BatchAcceptOrdersDto { OrderIds = [o1.Id] }))
            .ReadAsAsync<List<BatchAcceptResultDto>>();
        again.Single().ShouldSatisfyAllConditions(r => r.Accepted.ShouldBeFalse(), r => r.ErrorCode.ShouldBe(OrderingErrorCodes.IllegalTransition));
        await (await desk.PostJsonAsync("/api/admin/orders/batch-accept", new BatchAcceptOrdersDto())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");

        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        var feed = await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ReadAsAsync<StationFeedDto>();
        feed.Tickets.Select(t => t.OrderId).ShouldBe([o1.Id, o2.Id, o3.Id]); // same due time order as queued: o2's beer does not make it later
        feed.Batches.Select(b => (b.Name, string.Join(",", b.Options), b.Quantity, b.Tickets)).ShouldBe(
        [
            ("芒果茶", "大杯", 5, 2),
            ("啤酒", "", 2, 1),
            ("芒果茶", "中杯", 1, 1),
        ]);
        (await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Kitchen")).ReadAsAsync<StationFeedDto>()).Tickets.ShouldHaveSingleItem()
            .OrderId.ShouldBe(o1.Id);

        // Urgent: o3 moves to the top of the bar; kitchen staff may not set priorities.
        await (await kitchen.PostJsonAsync($"/api/admin/kitchen/orders/{o3.Id}/priority", new PrioritizeOrderDto { Priority = OrderPriority.Urgent }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "LocalLife:Forbidden");
        (await desk.PostJsonAsync($"/api/admin/kitchen/orders/{o3.Id}/priority", new PrioritizeOrderDto { Priority = OrderPriority.Urgent }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        feed = await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ReadAsAsync<StationFeedDto>();
        feed.Tickets[0].ShouldSatisfyAllConditions(t => t.OrderId.ShouldBe(o3.Id), t => t.Priority.ShouldBe(OrderPriority.Urgent));

        // Making the large mango teas of o2 one by one: the item leaves the batch, the ticket stays until the beer is done.
        var o2Bar = feed.Tickets.Single(t => t.OrderId == o2.Id);
        var mangoLine = o2Bar.Items.Single(i => i.ProductId == mango.Id).LineId;
        var partly = await (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{o2Bar.Id}/items/{mangoLine}/done", null)).ReadAsAsync<KitchenTicketDto>();
        partly.Status.ShouldBe(TicketStatus.Preparing);
        feed = await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ReadAsAsync<StationFeedDto>();
        feed.Batches.Single(b => b.Name == "芒果茶" && b.Options.SequenceEqual(["大杯"])).Quantity.ShouldBe(2);
        await (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{o2Bar.Id}/items/{Guid.NewGuid()}/done", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, KitchenErrorCodes.ItemNotFound);
        (await OrderingDriver.GetAsync(customer, o2.Id)).Status.ShouldBe(OrderStatus.Preparing);
    }

    [Fact]
    public async Task A_paid_order_marked_vip_before_it_is_accepted_keeps_it_and_its_tickets_carry_it()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "普洱", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, 1, 2, 2);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-vip");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []));
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");

        (await (await desk.PostJsonAsync($"/api/admin/kitchen/orders/{order.Id}/priority", new PrioritizeOrderDto { Priority = OrderPriority.Vip }))
            .ReadAsAsync<List<KitchenTicketDto>>()).ShouldBeEmpty();
        var marked = await (await desk.GetAsync($"/api/admin/orders/{order.Id}")).ReadAsAsync<OrderDto>();
        marked.Priority.ShouldBe(OrderPriority.Vip);
        marked.Timeline.Last().Note.ShouldBe("priority: Vip");
        (await _driver.AcceptAsync(order)).ShouldHaveSingleItem().Priority.ShouldBe(OrderPriority.Vip);
        await (await desk.PostJsonAsync($"/api/admin/kitchen/orders/{order.Id}/priority", new PrioritizeOrderDto { Priority = (OrderPriority)9 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        var teaDesk = await api.LoginAsync(ApiFixture.TeaTenant, "frontdesk");
        await (await teaDesk.PostJsonAsync($"/api/admin/kitchen/orders/{order.Id}/priority", new PrioritizeOrderDto { Priority = OrderPriority.Urgent }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");

        // Once delivered there is nothing left to hurry.
        await _driver.FinishAllAsync(order);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostAsync($"/api/admin/orders/{order.Id}/deliver", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await desk.PostJsonAsync($"/api/admin/kitchen/orders/{order.Id}/priority", new PrioritizeOrderDto { Priority = OrderPriority.Urgent }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.PriorityNotChangeable);
    }

    [Fact]
    public async Task Rejecting_or_cancelling_takes_the_tickets_off_the_display()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "绿茶", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, 1, 2, 2);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-reject");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []));
        await _driver.AcceptAsync(order);
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostJsonAsync($"/api/admin/orders/{order.Id}/reject", new RejectOrderDto { Reason = "缺货" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var tickets = await (await desk.GetAsync($"/api/admin/kitchen/orders/{order.Id}/tickets")).ReadAsAsync<List<KitchenTicketDto>>();
        tickets.ShouldHaveSingleItem().Status.ShouldBe(TicketStatus.Cancelled);
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        (await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ReadAsAsync<StationFeedDto>()).Tickets.ShouldBeEmpty();
        (await OrderingDriver.GetAsync(customer, order.Id)).RefundedFen.ShouldBe(order.CashFen);
    }
}
