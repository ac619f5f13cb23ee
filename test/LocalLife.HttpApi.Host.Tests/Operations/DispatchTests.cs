using System.Net;
using LocalLife.Dispatch;
using LocalLife.Errors;
using LocalLife.Ordering;

namespace LocalLife.Operations;

/// <summary>Who gets a ready order, which ready orders share a trip, and what happens when a waiter does not answer (§5.9.8).</summary>
[Collection(WeChatCollection.Name)]
public sealed class DispatchTests(WeChatApiFixture api)
{
    private readonly OperationsDriver _driver = new(api);

    [Fact]
    public async Task Ready_orders_to_nearby_rooms_share_one_trip_a_far_room_gets_the_other_waiter_and_an_unanswered_offer_moves_on()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "柠檬茶", prepMinutes: 2);
        var a1 = await _driver.NewSpaceAsync(store, floor: 1, x: 0, y: 0);
        var a2 = await _driver.NewSpaceAsync(store, floor: 1, x: 3, y: 2);   // 5 from a1: nearby
        var far = await _driver.NewSpaceAsync(store, floor: 1, x: 40, y: 0); // 40 from a1
        var w1 = await _driver.NewWaiterAsync();
        var w2 = await _driver.NewWaiterAsync();
        await OperationsDriver.OnDutyAsync(w1, store, 1, 1, 0);
        await OperationsDriver.OnDutyAsync(w2, store, 1, 38, 0);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-merge");

        var first = await _driver.OrderAsync(customer, a1, (tea.Id, 1, []));
        var second = await _driver.OrderAsync(customer, a2, (tea.Id, 2, []));
        var third = await _driver.OrderAsync(customer, far, (tea.Id, 1, []));
        foreach (var order in new[] { first, second, third }) await _driver.AcceptAsync(order);
        foreach (var order in new[] { first, second, third }) await _driver.FinishAllAsync(order);

        var tasks = await _driver.TasksAsync(store);
        tasks.Count.ShouldBe(2);
        var trip = tasks.Single(t => t.Stops.Count == 2);
        trip.Stops.Select(s => s.OrderId).ShouldBe([first.Id, second.Id]);
        trip.WaiterId.ShouldBe(w1.Id);
        var farTrip = tasks.Single(t => t.Stops.Count == 1);
        farTrip.Stops.Single().OrderId.ShouldBe(third.Id);
        farTrip.WaiterId.ShouldBe(w2.Id); // w1 is busy with the first trip; w2 is idle and 2 away

        // w1 lets the offer lapse: the reassignment timer gives it to w2 (the only other waiter), and tells w1.
        (await _driver.RunAsync(j => j.ReassignIfUnacceptedAsync(trip.Id, w1.Id, trip.AcceptBy!.Value.AddSeconds(-1), default))).ShouldBeFalse();
        (await _driver.RunAsync(j => j.ReassignIfUnacceptedAsync(trip.Id, w1.Id, trip.AcceptBy!.Value.AddSeconds(1), default))).ShouldBeTrue();
        (await _driver.RunAsync(j => j.ReassignIfUnacceptedAsync(trip.Id, w1.Id, trip.AcceptBy!.Value.AddSeconds(2), default))).ShouldBeFalse();
        var moved = (await _driver.TasksAsync(store)).Single(t => t.Id == trip.Id);
        moved.Status.ShouldBe(DeliveryTaskStatus.Assigned);
        moved.WaiterId.ShouldBe(w2.Id);
        await (await w1.Client.PostAsync($"/api/admin/dispatch/tasks/{trip.Id}/pickup", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, DispatchErrorCodes.NotYourTask);

        // w2 picks up both trips; delivering one stop leaves the trip open until the last.
        (await w2.Client.PostAsync($"/api/admin/dispatch/tasks/{trip.Id}/pickup", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var half = await (await w2.Client.PostAsync($"/api/admin/dispatch/tasks/{trip.Id}/orders/{first.Id}/delivered", null)).ReadAsAsync<DeliveryTaskDto>();
        half.Status.ShouldBe(DeliveryTaskStatus.PickedUp);
        (await OrderingDriver.GetAsync(customer, first.Id)).Status.ShouldBe(OrderStatus.Delivered);
        (await OrderingDriver.GetAsync(customer, second.Id)).Status.ShouldBe(OrderStatus.Delivering);
        await (await w2.Client.PostAsync($"/api/admin/dispatch/tasks/{trip.Id}/orders/{third.Id}/delivered", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, DispatchErrorCodes.StopNotFound);
        var done = await (await w2.Client.PostAsync($"/api/admin/dispatch/tasks/{trip.Id}/orders/{second.Id}/delivered", null)).ReadAsAsync<DeliveryTaskDto>();
        done.Status.ShouldBe(DeliveryTaskStatus.Delivered);
    }

    [Fact]
    public async Task A_ready_order_waits_when_nobody_is_on_duty_and_goes_to_the_first_waiter_who_comes_on_duty()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "奶茶", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, floor: 1, x: 5, y: 5);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-pending");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []));
        await _driver.AcceptAsync(order);
        await _driver.FinishAllAsync(order);
        (await _driver.TasksAsync(store)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Pending),
            t => t.WaiterId.ShouldBeNull());

        var waiter = await _driver.NewWaiterAsync();
        var duty = await (await waiter.Client.PostJsonAsync($"/api/admin/dispatch/{store.Id}/duty", new SetDutyDto { SpaceId = room.Space.Id }))
            .ReadAsAsync<WaiterDutyDto>();
        duty.ShouldSatisfyAllConditions(d => d.OnDuty.ShouldBeTrue(), d => d.Position.ShouldBe(new FloorPointDto(1, 5, 5)), d => d.OpenTasks.ShouldBe(1));
        var task = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        task.Status.ShouldBe(DeliveryTaskStatus.Assigned);
        task.WaiterId.ShouldBe(waiter.Id);

        // The only waiter lets the offer lapse: with nobody else on duty it is offered to them again, with a new window.
        (await _driver.RunAsync(j => j.ReassignIfUnacceptedAsync(task.Id, waiter.Id, task.AcceptBy!.Value.AddSeconds(1), default))).ShouldBeTrue();
        var offeredAgain = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        offeredAgain.ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Assigned), t => t.WaiterId.ShouldBe(waiter.Id),
            t => t.AcceptBy!.Value.ShouldBeGreaterThan(task.AcceptBy!.Value));

        // Going off duty before accepting hands it back.
        (await waiter.Client.PostJsonAsync($"/api/admin/dispatch/{store.Id}/duty", new SetDutyDto { OnDuty = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _driver.TasksAsync(store)).ShouldHaveSingleItem().Status.ShouldBe(DeliveryTaskStatus.Pending);
    }

    [Fact]
    public async Task A_waiter_declines_and_the_trip_goes_to_the_other_the_front_desk_gives_it_back_by_hand()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "菊花茶", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, floor: 1, x: 0, y: 0);
        var near = await _driver.NewWaiterAsync();
        var other = await _driver.NewWaiterAsync();
        var offDuty = await _driver.NewWaiterAsync();
        await OperationsDriver.OnDutyAsync(near, store, 1, 1, 0);
        await OperationsDriver.OnDutyAsync(other, store, 1, 30, 0);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-decline");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []));
        await _driver.AcceptAsync(order);
        await _driver.FinishAllAsync(order);
        var task = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        task.WaiterId.ShouldBe(near.Id);

        // Only the waiter holding it may give it back; then it goes to the other one.
        await (await other.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/decline", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, DispatchErrorCodes.NotYourTask);
        var declined = await (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/decline", null)).ReadAsAsync<DeliveryTaskDto>();
        declined.ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Assigned), t => t.WaiterId.ShouldBe(other.Id));
        await (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/decline", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, DispatchErrorCodes.NotYourTask);

        // The front desk gives it back to the first waiter by hand; a waiter can't, nor to someone off duty or unknown.
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        await (await other.Client.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto { WaiterId = near.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        await (await desk.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto { WaiterId = offDuty.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, DispatchErrorCodes.WaiterNotOnDuty);
        await (await desk.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var assigned = await (await desk.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto { WaiterId = near.Id }))
            .ReadAsAsync<DeliveryTaskDto>();
        assigned.ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Assigned), t => t.WaiterId.ShouldBe(near.Id));
        await (await other.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/accept", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, DispatchErrorCodes.NotYourTask);

        // On its way, it stays with the one carrying it; another merchant's front desk finds nothing.
        (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/pickup", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await desk.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto { WaiterId = other.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, DispatchErrorCodes.IllegalTransition);
        await (await near.Client.PostAsync($"/api/admin/dispatch/tasks/{task.Id}/decline", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, DispatchErrorCodes.IllegalTransition);
        var teaDesk = await api.LoginAsync(ApiFixture.TeaTenant, "frontdesk");
        await (await teaDesk.PostJsonAsync($"/api/admin/dispatch/tasks/{task.Id}/assign", new AssignDeliveryTaskDto { WaiterId = other.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
    }

    [Fact]
    public async Task An_order_that_becomes_an_exception_leaves_its_trip_and_is_dispatched_again_once_resolved()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "龙井", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, floor: 1, x: 0, y: 0);
        var waiter = await _driver.NewWaiterAsync();
        await OperationsDriver.OnDutyAsync(waiter, store, 1, 1, 0);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-exception");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 2, []));
        await _driver.AcceptAsync(order);
        await _driver.FinishAllAsync(order);
        var trip = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        trip.WaiterId.ShouldBe(waiter.Id);

        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostJsonAsync($"/api/admin/orders/{order.Id}/exception",
            new RaiseOrderIssueDto { Kind = OrderExceptionKind.OutOfStock, Note = "只剩一份" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _driver.TasksAsync(store)).ShouldBeEmpty(); // its only stop left: the trip is cancelled, the waiter is told
        (await _driver.TasksAsync(store, openOnly: false)).Single(t => t.Id == trip.Id).Status.ShouldBe(DeliveryTaskStatus.Cancelled);

        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync($"/api/admin/orders/{order.Id}/resolve",
            new ResolveOrderIssueDto { Resolution = OrderResolutionKind.PartialRefund, Note = "退一份", RefundFen = 1000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = (await _driver.TasksAsync(store)).ShouldHaveSingleItem();
        again.ShouldSatisfyAllConditions(t => t.Id.ShouldNotBe(trip.Id), t => t.WaiterId.ShouldBe(waiter.Id),
            t => t.Stops.ShouldHaveSingleItem().OrderId.ShouldBe(order.Id));
    }

    [Fact]
    public async Task Bar_and_kitchen_finishing_the_same_order_at_once_call_exactly_one_waiter()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "乌龙茶", prepMinutes: 2);
        var snack = await _driver.NewProductAsync(store, Station.Kitchen, "小吃", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, floor: 1, x: 2, y: 2);
        var waiter = await _driver.NewWaiterAsync();
        await OperationsDriver.OnDutyAsync(waiter, store, 1, 0, 0);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-race");
        for (var round = 0; round < 5; round++)
        {
            var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []), (snack.Id, 1, []));
            var tickets = await _driver.AcceptAsync(order);
            var clients = await Task.WhenAll(tickets.Select(_ => api.LoginAsync(ApiFixture.KtvTenant, "kitchen")));
            var answers = await Task.WhenAll(tickets.Select((t, i) => clients[i].PostAsync($"/api/admin/kitchen/tickets/{t.Id}/done", null)));
            answers.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
            (await _driver.TasksAsync(store, openOnly: false)).Count(t => t.Stops.Any(s => s.OrderId == order.Id)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Waiters_and_kitchen_staff_of_another_merchant_find_nothing()
    {
        var store = await _driver.NewStoreAsync();
        var tea = await _driver.NewProductAsync(store, Station.Bar, "红茶", prepMinutes: 2);
        var room = await _driver.NewSpaceAsync(store, floor: 1, x: 1, y: 1);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-ops-tenant");
        var order = await _driver.OrderAsync(customer, room, (tea.Id, 1, []));
        var ticket = (await _driver.AcceptAsync(order)).Single();

        var teaKitchen = await api.LoginAsync(ApiFixture.TeaTenant, "kitchen");
        await (await teaKitchen.PostAsync($"/api/admin/kitchen/tickets/{ticket.Id}/done", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await teaKitchen.GetAsync($"/api/admin/kitchen/{store.Id}/stations/Bar")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await teaKitchen.GetAsync($"/api/admin/kitchen/orders/{order.Id}/tickets")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        var teaWaiter = await api.LoginAsync(ApiFixture.TeaTenant, "waiter");
        await (await teaWaiter.PostJsonAsync($"/api/admin/dispatch/{store.Id}/duty", new SetDutyDto()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        var waiter = await api.LoginAsync(ApiFixture.KtvTenant, "waiter");
        await (await waiter.PostAsync($"/api/admin/kitchen/tickets/{ticket.Id}/done", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }
}
