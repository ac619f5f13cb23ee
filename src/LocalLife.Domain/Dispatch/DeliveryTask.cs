using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Dispatch;

/// <summary>One ready order on a trip: where it goes and when it got there.</summary>
public sealed record DeliveryStop(Guid OrderId, string OrderNumber, Guid SpaceId, string SpaceNumber, FloorPoint Position, DateTimeOffset ReadyAt,
    DateTimeOffset? DeliveredAt = null);

/// <summary>
/// Domain event: a delivery task changed; status, waiter and stops as they were at that moment (several changes may be dispatched
/// together). <see cref="PreviousWaiterId"/> is set when it was taken from someone.
/// </summary>
public sealed record DeliveryTaskChanged(Guid TaskId, Guid TenantId, Guid StoreId, DeliveryTaskStatus? From, DeliveryTaskStatus To, Guid? WaiterId,
    Guid? PreviousWaiterId, IReadOnlyList<DeliveryStop> Stops, DateTimeOffset At);

/// <summary>
/// A waiter's trip (§5.9.8): one or more ready orders to nearby spaces, merged while nobody has picked them up. Assigned to
/// one waiter, who accepts within a window or loses it to the next; picks up; delivers each stop. The times are kept for
/// delivery statistics. Moves only through <see cref="DeliveryTaskTransitions"/>.
/// </summary>
public class DeliveryTask : AggregateRoot<Guid>, IMultiTenant
{
    private DeliveryTask() { } // EF

    public DeliveryTask(Guid id, Guid tenantId, Guid storeId, DeliveryStop first, DateTimeOffset now) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        Stops = [first];
        Status = DeliveryTaskStatus.Pending;
        CreatedAt = now;
        Changed(null, null, now);
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public DeliveryTaskStatus Status { get; private set; }
    public IReadOnlyList<DeliveryStop> Stops { get; private set; } = [];
    public Guid? WaiterId { get; private set; }

    /// <summary>Waiters who let it lapse or gave it back: not offered to them again.</summary>
    public IReadOnlyList<Guid> Declined { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? AcceptBy { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? PickedUpAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    public bool IsOpen => Status is DeliveryTaskStatus.Pending or DeliveryTaskStatus.Assigned or DeliveryTaskStatus.Accepted or DeliveryTaskStatus.PickedUp;

    /// <summary>Still at the pass: a ready order may join it.</summary>
    public bool CanTakeStops => Status is DeliveryTaskStatus.Pending or DeliveryTaskStatus.Assigned or DeliveryTaskStatus.Accepted;

    public void AddStop(DeliveryStop stop, DateTimeOffset now)
    {
        if (!CanTakeStops) throw Illegal(Status);
        if (Stops.Any(s => s.OrderId == stop.OrderId)) return;
        Stops = [.. Stops, stop];
        Changed(Status, null, now);
    }

    public void Assign(Guid waiterId, DateTimeOffset now, TimeSpan acceptWindow)
    {
        if (!DeliveryTaskTransitions.Allows(Status, DeliveryTaskStatus.Assigned)) throw Illegal(DeliveryTaskStatus.Assigned);
        WaiterId = waiterId; // before the move, so its event names the waiter
        AssignedAt = now;
        AcceptBy = now + acceptWindow;
        MoveTo(DeliveryTaskStatus.Assigned, now, null);
    }

    /// <summary>
    /// The front desk gives the trip to a chosen waiter (on duty: checked by the caller) while it is still at the pass; whoever
    /// held it is told it was withdrawn. It does not count as their decline. Giving it to the waiter who has it changes nothing.
    /// </summary>
    public void AssignTo(Guid waiterId, DateTimeOffset now, TimeSpan acceptWindow)
    {
        if (!CanTakeStops) throw Illegal(DeliveryTaskStatus.Assigned);
        if (WaiterId == waiterId) return;
        if (WaiterId is { } previous)
        {
            WaiterId = null;
            AcceptBy = null;
            AcceptedAt = null;
            MoveTo(DeliveryTaskStatus.Pending, now, previous);
        }
        Assign(waiterId, now, acceptWindow);
    }

    /// <summary>The waiter gives the trip back before picking it up (busy, can't carry it): it goes to someone else.</summary>
    public void Decline(Guid waiterId, DateTimeOffset now)
    {
        EnsureWaiter(waiterId);
        if (!TakeBack(now)) throw Illegal(DeliveryTaskStatus.Pending);
    }

    public void Accept(Guid waiterId, DateTimeOffset now)
    {
        EnsureWaiter(waiterId);
        MoveTo(DeliveryTaskStatus.Accepted, now, null);
        AcceptedAt = now;
    }

    /// <summary>Not accepted in time, or given back: returns to pending for someone else. False when there is nothing to take back.</summary>
    public bool TakeBack(DateTimeOffset now)
    {
        if (Status is not (DeliveryTaskStatus.Assigned or DeliveryTaskStatus.Accepted) || WaiterId is not { } previous) return false;
        Declined = [.. Declined, previous];
        WaiterId = null;
        AcceptBy = null;
        AcceptedAt = null;
        MoveTo(DeliveryTaskStatus.Pending, now, previous);
        return true;
    }

    public void PickUp(Guid waiterId, DateTimeOffset now)
    {
        EnsureWaiter(waiterId);
        if (Status == DeliveryTaskStatus.Assigned) Accept(waiterId, now);
        MoveTo(DeliveryTaskStatus.PickedUp, now, null);
        PickedUpAt = now;
    }

    /// <summary>One stop is delivered; the last one delivers the task. Returns the stop.</summary>
    public DeliveryStop Deliver(Guid orderId, Guid waiterId, DateTimeOffset now)
    {
        EnsureWaiter(waiterId);
        if (Status != DeliveryTaskStatus.PickedUp) throw Illegal(DeliveryTaskStatus.Delivered);
        var stop = Stops.FirstOrDefault(s => s.OrderId == orderId) ?? throw new BusinessException(DispatchErrorCodes.StopNotFound).With("OrderId", orderId);
        if (stop.DeliveredAt is not null) return stop;
        stop = stop with { DeliveredAt = now };
        Stops = Stops.Select(s => s.OrderId == orderId ? stop : s).ToList();
        if (Stops.All(s => s.DeliveredAt is not null))
        {
            MoveTo(DeliveryTaskStatus.Delivered, now, null);
            DeliveredAt = now;
        }
        else Changed(Status, null, now);
        return stop;
    }

    /// <summary>An order left the flow (cancelled, exception): its stop is dropped; a task with no stops left is cancelled.</summary>
    public void DropStop(Guid orderId, DateTimeOffset now)
    {
        if (!IsOpen || Stops.All(s => s.OrderId != orderId)) return;
        Stops = Stops.Where(s => s.OrderId != orderId).ToList();
        if (Stops.Count == 0) MoveTo(DeliveryTaskStatus.Cancelled, now, null);
        else Changed(Status, null, now);
    }

    /// <summary>Minutes from ready to delivered, per stop (delivery statistics).</summary>
    public IEnumerable<double> DeliveryMinutes() =>
        Stops.Where(s => s.DeliveredAt is not null).Select(s => (s.DeliveredAt!.Value - s.ReadyAt).TotalMinutes);

    private void Changed(DeliveryTaskStatus? from, Guid? previousWaiter, DateTimeOffset now) =>
        AddDomainEvent(new DeliveryTaskChanged(Id, TenantId!.Value, StoreId, from, Status, WaiterId, previousWaiter, Stops, now));

    private void EnsureWaiter(Guid waiterId)
    {
        if (WaiterId != waiterId) throw new BusinessException(DispatchErrorCodes.NotYourTask);
    }

    private void MoveTo(DeliveryTaskStatus next, DateTimeOffset now, Guid? previousWaiter)
    {
        if (!DeliveryTaskTransitions.Allows(Status, next)) throw Illegal(next);
        var previous = Status;
        Status = next;
        Changed(previous, previousWaiter, now);
    }

    private BusinessException Illegal(DeliveryTaskStatus next) =>
        new BusinessException(DispatchErrorCodes.IllegalTransition).With("From", Status).With("To", next);
}
