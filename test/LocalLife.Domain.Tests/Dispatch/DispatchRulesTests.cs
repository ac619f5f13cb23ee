using LocalLife.Errors;

namespace LocalLife.Dispatch;

public sealed class DispatchRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DispatchSettings Settings = new();
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static DeliveryTask Trip(FloorPoint at, DateTimeOffset created, int stops = 1)
    {
        var task = new DeliveryTask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Stop(at, created), created);
        for (var i = 1; i < stops; i++) task.AddStop(Stop(at, created), created);
        return task;
    }

    private static DeliveryStop Stop(FloorPoint at, DateTimeOffset ready) => new(Guid.NewGuid(), "D1", Guid.NewGuid(), "A1", at, ready);

    [Fact]
    public void Distance_is_manhattan_and_another_floor_is_farther_than_anything_on_this_one()
    {
        new FloorPoint(1, 0, 0).DistanceTo(new FloorPoint(1, 3, 4)).ShouldBe(7);
        new FloorPoint(1, 0, 0).DistanceTo(new FloorPoint(2, 0, 0)).ShouldBeGreaterThan(new FloorPoint(1, 0, 0).DistanceTo(new FloorPoint(1, 500, 500)));
    }

    [Fact]
    public void An_idle_waiter_is_chosen_before_a_nearer_busy_one_and_the_nearest_idle_wins()
    {
        var target = new FloorPoint(1, 10, 10);
        DispatchRules.ChooseWaiter([new(A, new(1, 10, 10), 1), new(B, new(1, 30, 10), 0), new(C, new(1, 12, 10), 0)], target, [])!.UserId.ShouldBe(C);
    }

    [Fact]
    public void The_same_floor_comes_first_and_equal_distance_goes_to_the_fewest_open_tasks()
    {
        var target = new FloorPoint(2, 0, 0);
        DispatchRules.ChooseWaiter([new(A, new(1, 0, 0), 0), new(B, new(2, 40, 40), 0)], target, [])!.UserId.ShouldBe(B);
        DispatchRules.ChooseWaiter([new(A, new(2, 5, 0), 3), new(B, new(2, 0, 5), 1)], target, [])!.UserId.ShouldBe(B);
    }

    [Fact]
    public void Waiters_who_let_the_task_lapse_are_not_offered_it_again_and_nobody_means_pending()
    {
        var target = new FloorPoint(1, 0, 0);
        DispatchRules.ChooseWaiter([new(A, new(1, 0, 0), 0), new(B, new(1, 50, 0), 0)], target, [A])!.UserId.ShouldBe(B);
        DispatchRules.ChooseWaiter([new(A, new(1, 0, 0), 0)], target, [A]).ShouldBeNull();
    }

    [Fact]
    public void A_ready_order_joins_a_nearby_trip_at_the_pass_within_the_window_on_the_same_floor_and_under_the_stop_limit()
    {
        var at = new FloorPoint(1, 0, 0);
        var trip = Trip(at, Now.AddSeconds(-30));
        DispatchRules.ChooseTaskToJoin([trip], new FloorPoint(1, 4, 6), Now, Settings).ShouldBe(trip);
        DispatchRules.ChooseTaskToJoin([trip], new FloorPoint(1, 8, 6), Now, Settings).ShouldBeNull();          // 14 > 10
        DispatchRules.ChooseTaskToJoin([trip], new FloorPoint(2, 0, 0), Now, Settings).ShouldBeNull();          // another floor
        DispatchRules.ChooseTaskToJoin([trip], at, Now.AddSeconds(31), Settings).ShouldBeNull();               // window passed
        DispatchRules.ChooseTaskToJoin([Trip(at, Now, stops: 4)], at, Now, Settings).ShouldBeNull();           // full
        var gone = Trip(at, Now);
        gone.Assign(A, Now, Settings.AcceptWindow);
        gone.PickUp(A, Now);
        DispatchRules.ChooseTaskToJoin([gone], at, Now, Settings).ShouldBeNull();                              // already on its way
    }

    [Fact]
    public void A_task_moves_only_through_its_table_and_only_for_its_waiter()
    {
        var task = Trip(new FloorPoint(1, 0, 0), Now);
        Should.Throw<BusinessException>(() => task.PickUp(A, Now)).Code.ShouldBe(DispatchErrorCodes.NotYourTask);
        task.Assign(A, Now, Settings.AcceptWindow);
        task.AcceptBy.ShouldBe(Now + Settings.AcceptWindow);
        Should.Throw<BusinessException>(() => task.Accept(B, Now)).Code.ShouldBe(DispatchErrorCodes.NotYourTask);
        task.TakeBack(Now).ShouldBeTrue();
        task.Declined.ShouldBe([A]);
        task.Status.ShouldBe(DeliveryTaskStatus.Pending);
        task.TakeBack(Now).ShouldBeFalse();
        task.Assign(B, Now, Settings.AcceptWindow);
        task.PickUp(B, Now);
        Should.Throw<BusinessException>(() => task.Assign(A, Now, Settings.AcceptWindow)).Code.ShouldBe(DispatchErrorCodes.IllegalTransition);
        task.Deliver(task.Stops[0].OrderId, B, Now.AddMinutes(4));
        task.Status.ShouldBe(DeliveryTaskStatus.Delivered);
        task.DeliveryMinutes().ShouldBe([4d]);
    }

    [Fact]
    public void A_hand_assignment_takes_the_trip_from_its_waiter_without_counting_as_their_decline()
    {
        var task = Trip(new FloorPoint(1, 0, 0), Now);
        task.Assign(A, Now, Settings.AcceptWindow);
        task.Accept(A, Now);
        task.ClearDomainEvents();
        task.AssignTo(B, Now.AddSeconds(5), Settings.AcceptWindow);
        task.ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Assigned), t => t.WaiterId.ShouldBe(B), t => t.Declined.ShouldBeEmpty(),
            t => t.AcceptedAt.ShouldBeNull(), t => t.AcceptBy.ShouldBe(Now.AddSeconds(5) + Settings.AcceptWindow));
        var withdrawn = task.DomainEvents.OfType<DeliveryTaskChanged>().First();
        withdrawn.ShouldSatisfyAllConditions(e => e.To.ShouldBe(DeliveryTaskStatus.Pending), e => e.PreviousWaiterId.ShouldBe(A));
        task.AssignTo(B, Now.AddSeconds(9), Settings.AcceptWindow); // the same waiter: nothing changes
        task.AcceptBy.ShouldBe(Now.AddSeconds(5) + Settings.AcceptWindow);

        Should.Throw<BusinessException>(() => task.Decline(A, Now)).Code.ShouldBe(DispatchErrorCodes.NotYourTask);
        task.Decline(B, Now);
        task.ShouldSatisfyAllConditions(t => t.Status.ShouldBe(DeliveryTaskStatus.Pending), t => t.Declined.ShouldBe([B]));
    }
}
