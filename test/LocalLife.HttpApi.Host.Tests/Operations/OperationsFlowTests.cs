using System.Net;
using LocalLife.Common;
using LocalLife.Dispatch;
using LocalLife.Kitchen;
using LocalLife.Ordering;
using LocalLife.RealTime;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocalLife.Operations;

/// <summary>
/// The staff side of an order (stories 6, 9, 10): the front desk's inbox, the bar and kitchen tickets, the waiter's trip, and the
/// customer's confirmation, over HTTP and SignalR with two stations and two waiters.
/// </summary>
[Collection(WeChatCollection.Name)]
public sealed class OperationsFlowTests(WeChatApiFixture api)
{
    private readonly OperationsDriver _driver = new(api);

    [Fact]
    public async Task A_paid_order_goes_through_bar_and_kitchen_to_the_nearest_waiter_and_is_completed_live()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "芒果茶", prepMinutes: 3, specs: [OrderingDriver.Size]);
        var noodles = await _driver.NewProductAsync(store, Station.Kitchen, "牛肉面", prepMinutes: 10);
        var room = await _driver.NewSpaceAsync(store, floor: 2, x: 10, y: 4);
        var near = await _driver.NewWaiterAsync();
        var far = await _driver.NewWaiterAsync();
        await OperationsDriver.OnDutyAsync(near, store, floor: 2, x: 12, y: 4);
        await OperationsDriver.OnDutyAsync(far, store, floor: 1, x: 10, y: 4); // right below, but a floor away
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-flow");

        await using var desk = await ConnectAsync((await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk")).AccessToken);
        var inbox = desk.Listen(RealtimeMethods.NewOrder);
        var deskTasks = desk.Listen(RealtimeMethods.DeliveryTaskChanged);
        await desk.InvokeAsync("JoinStore", store.Id);
        await using var bar = await ConnectAsync((await api.GetTokenAsync(ApiFixture.KtvTenant, "kitchen")).AccessToken);
        var barTickets = bar.Listen(RealtimeMethods.TicketChanged);
        await bar.InvokeAsync("JoinStation", store.Id, "bar");
        await using var nearPhone = await ConnectAsync(near.AccessToken);
        var offers = nearPhone.Listen(RealtimeMethods.DeliveryTaskAssigned);
        await using var farPhone = await ConnectAsync(far.AccessToken);
        var farOffers = farPhone.Listen(RealtimeMethods.DeliveryTaskAssigned);

        var order = await _driver.OrderAsync(customer, room, (tea.Id, 2, ["size:large"]), (noodles.Id, 1, []));
        order.Status.ShouldBe(OrderStatus.Paid);
        (await inbox.WaitAsync(1, TimeSpan.FromSeconds(5))).ShouldBeTrue();
        inbox.Items.ShouldContain(i => i.GetProperty("orderId").GetGuid() == order.Id && i.GetProperty("sound").GetString() == "new-order");

        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var waiting = await (await frontDesk.GetAsync($"/api/admin/orders?storeId={store.Id}&spaceId={room.Space.Id}&status=Paid"))
            .ReadAsAsync<PagedResultDto<OrderDto>>();
        waiting.Items.ShouldHaveSingleItem().Lines.Count.ShouldBe(2);

        var tickets = await _driver.AcceptAsync(order);
        tickets.Select(t => t.Station).ShouldBe([Station.Bar, Station.Kitchen]);
        tickets.ShouldAllBe(t => t.Status == TicketStatus.Queued && t.SpaceNumber == room.Space.Number);
        var barTicket = tickets.Single(t => t.Station == Station.Bar);
        barTicket.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Quantity.ShouldBe(2), i => i.Options.ShouldBe(["大杯"]));
        barTicket.DueAt.ShouldBe(barTicket.QueuedAt.AddMinutes(3));
        var kitchenTicket = tickets.Single(t => t.Station == Station.Kitchen);
        kitchenTicket.DueAt.ShouldBe(kitchenTicket.QueuedAt.AddMinutes(10));

        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        var feed = await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ReadAsAsync<StationFeedDto>();
        feed.Tickets.ShouldHaveSingleItem().Id.ShouldBe(barTicket.Id);
        feed.Batches.ShouldHaveSingleItem().ShouldSatisfyAllConditions(b => b.Name.ShouldBe("芒果茶"), b => b.Quantity.ShouldBe(2));
        feed.DelayedCount.ShouldBe(0);

        (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{barTicket.Id}/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrderingDriver.GetAsync(customer, order.Id)).Status.ShouldBe(OrderStatus.Preparing);
        (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{barTicket.Id}/done", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{barTicket.Id}/start", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KitchenErrorCodes.IllegalTransition);
        (await _driver.TasksAsync(store)).ShouldBeEmpty(); // the noodles are not made yet

        var line = kitchenTicket.Items.Single().LineId;
        var made = await (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{kitchenTicket.Id}/items/{line}/done", null)).ReadAsAsync<KitchenTicketDto>();
        made.Status.ShouldBe(TicketStatus.Done);
        (await (await kitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Kitchen")).ReadAsAsync<StationFeedDto>()).Tickets.ShouldBeEmpty();

        var task = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        task.Status.ShouldBe(DeliveryTaskStatus.Assigned);
        task.WaiterId.ShouldBe(near.Id);
        task.Stops.ShouldHaveSingleItem().OrderId.ShouldBe(order.Id);
        (await offers.WaitAsync(1, TimeSpan.FromSeconds(5))).ShouldBeTrue();
        offers.Items.ShouldContain(i => i.GetProperty("taskId").GetGuid() == task.Id && i.GetProperty("sound").GetString() == "delivery-task");
        farOffers.Items.ShouldBeEmpty();

        await (await far.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/accept", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, DispatchErrorCodes.NotYourTask);
        (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = await (await near.Client.GetAsync($"/api/admin/dispatch/{store.Id}/tasks?mine=true")).ReadAsAsync<List<DeliveryTaskDto>>();
        mine.ShouldHaveSingleItem().Status.ShouldBe(DeliveryTaskStatus.Accepted);
        (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/pickup", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrderingDriver.GetAsync(customer, order.Id)).Status.ShouldBe(OrderStatus.Delivering);
        var delivered = await (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/orders/{order.Id}/delivered", null))
            .ReadAsAsync<DeliveryTaskDto>();
        delivered.Status.ShouldBe(DeliveryTaskStatus.Delivered);
        delivered.Stops.Single().DeliveredAt.ShouldNotBeNull();
        (await OrderingDriver.GetAsync(customer, order.Id)).Status.ShouldBe(OrderStatus.Delivered);

        var completed = await (await customer.PostAsync($"/api/app/orders/{order.Id}/confirm-receipt", null)).ReadAsAsync<OrderDto>();
        completed.Timeline.Select(s => s.Status).ShouldBe([OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Preparing,
            OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed]);

        var waiters = await (await frontDesk.GetAsync($"/api/admin/dispatch/{store.Id}/waiters")).ReadAsAsync<List<WaiterDutyDto>>();
        waiters.Single(w => w.UserId == near.Id).ShouldSatisfyAllConditions(w => w.LastSpaceId.ShouldBe(room.Space.Id), w => w.OpenTasks.ShouldBe(0));
        var stats = await (await frontDesk.GetAsync($"/api/admin/dispatch/{store.Id}/stats")).ReadAsAsync<DeliveryStatsDto>();
        stats.Delivered.ShouldBe(1);
        (await barTickets.WaitAsync(3, TimeSpan.FromSeconds(5))).ShouldBeTrue(); // queued, preparing, done
        barTickets.Items.Select(i => i.GetProperty("status").GetString()).ShouldBe(["Queued", "Preparing", "Done"]);
        (await deskTasks.WaitAsync(5, TimeSpan.FromSeconds(5))).ShouldBeTrue(); // created, assigned, accepted, picked up, delivered
        deskTasks.Items.Select(i => i.GetProperty("status").GetString()).ShouldBe(["Pending", "Assigned", "Accepted", "PickedUp", "Delivered"]);
    }

    private async Task<HubConnection> ConnectAsync(string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(api.Root), StaffHub.Path.TrimStart('/')), o => o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
