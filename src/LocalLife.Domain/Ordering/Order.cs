using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Ordering;

/// <summary>One entry of an order's timeline.</summary>
public sealed record OrderStep(OrderStatus Status, DateTimeOffset At, Guid? ByUserId, string? Note);

/// <summary>An exception on an order and, once handled, how it was resolved.</summary>
public sealed record OrderIssue(OrderExceptionKind Kind, string Note, OrderStatus RaisedIn, DateTimeOffset At, OrderResolutionKind? Resolution = null,
    string? ResolutionNote = null, long RefundFen = 0, DateTimeOffset? ResolvedAt = null);

/// <summary>
/// A customer's order from the menu, delivered to one space. Its status moves only through <see cref="OrderTransitions"/>;
/// prices, points and cash are fixed when it is placed. Stock was taken in the transaction that inserted it.
/// </summary>
public class Order : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<OrderLine> _lines = [];

    private Order() { } // EF

    public Order(Guid id, Guid tenantId, Guid storeId, Guid spaceId, string spaceNumber, string spaceName, Guid customerId, Guid? bookingId, string number,
        IReadOnlyList<OrderLine> lines, long pointsUsed, long pointsFen, string? note, OrderPriority priority, DateTimeOffset now) : base(id)
    {
        if (lines.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
        TenantId = tenantId;
        StoreId = storeId;
        SpaceId = spaceId;
        SpaceNumber = spaceNumber;
        SpaceName = spaceName;
        CustomerId = customerId;
        BookingId = bookingId;
        Number = number;
        _lines.AddRange(lines);
        RegularFen = lines.Sum(l => l.RegularUnitPriceFen * l.Quantity);
        TotalFen = lines.Sum(l => l.UnitPriceFen * l.Quantity);
        if (pointsFen < 0 || pointsFen > TotalFen) throw new BusinessException(OrderingErrorCodes.InvalidRefund).With("Amount", pointsFen);
        PointsUsed = pointsUsed;
        PointsFen = pointsFen;
        CashFen = TotalFen - pointsFen;
        Note = note;
        Priority = priority;
        PlacedAt = now;
        PayBy = now + OrderingConsts.PaymentWindow;
        PrepMinutes = lines.Max(l => l.PrepMinutes);
        EstimatedReadyAt = now + TimeSpan.FromMinutes(PrepMinutes);
        Status = OrderStatus.Placed;
        Timeline = [new OrderStep(OrderStatus.Placed, now, customerId, null)];
        if (CashFen == 0) MarkPaid(null, now);
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SpaceId { get; private set; }
    public string SpaceNumber { get; private set; } = null!;
    public string SpaceName { get; private set; } = null!;
    public Guid CustomerId { get; private set; }

    /// <summary>The checked-in booking of this space when the order was placed: its spend counts in that booking's bill.</summary>
    public Guid? BookingId { get; private set; }

    public string Number { get; private set; } = null!;
    public IReadOnlyList<OrderLine> Lines => _lines;
    public OrderStatus Status { get; private set; }

    /// <summary>Sum at regular prices; minus <see cref="TotalFen"/> is what member and promotion prices saved.</summary>
    public long RegularFen { get; private set; }
    public long TotalFen { get; private set; }
    public long PointsUsed { get; private set; }
    public long PointsFen { get; private set; }
    public long CashFen { get; private set; }
    public long RefundedFen { get; private set; }
    public Guid? PaymentId { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Longest preparation time of its items, in minutes.</summary>
    public int PrepMinutes { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset PayBy { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? AcceptBy { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    public DateTimeOffset EstimatedReadyAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }
    public OrderIssue? Issue { get; private set; }
    public long PointsEarned { get; private set; }
    public IReadOnlyList<OrderStep> Timeline { get; private set; } = [];

    /// <summary>VIP or urgent: VIP from the start for a customer whose member level has the priority perk, or set by the front desk; its station tickets carry it.</summary>
    public OrderPriority Priority { get; private set; }

    /// <summary>Idempotency keys of its points movements and refunds.</summary>
    public string RedeemKey => $"order-redeem:{Id}";
    public string RedeemReversalKey => $"order-redeem-reverse:{Id}";
    public string EarnKey => $"order-earn:{Id}";
    public string RefundKey => $"order-refund:{Id}";

    public void AttachPayment(Guid paymentId) => PaymentId = paymentId;

    /// <summary>The cash arrived. A payment for an order no longer waiting (cancelled meanwhile) changes nothing: false.</summary>
    public bool MarkPaid(Guid? paymentId, DateTimeOffset paidAt)
    {
        if (Status != OrderStatus.Placed) return false;
        PaymentId = paymentId ?? PaymentId;
        MoveTo(OrderStatus.Paid, paidAt, null, null);
        PaidAt = paidAt;
        AcceptBy = paidAt + OrderingConsts.AcceptWindow;
        EstimatedReadyAt = paidAt + TimeSpan.FromMinutes(PrepMinutes);
        return true;
    }

    public void Accept(Guid byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Accepted, now, byUserId, null);
        AcceptedAt = now;
        EstimatedReadyAt = now + TimeSpan.FromMinutes(PrepMinutes);
    }

    /// <summary>The accept window passed: flagged once (the alert is raised from the event).</summary>
    public bool Escalate(DateTimeOffset now)
    {
        if (Status != OrderStatus.Paid || EscalatedAt is not null) return false;
        EscalatedAt = now;
        Timeline = [.. Timeline, new OrderStep(Status, now, null, "escalated: not accepted in time")];
        return true;
    }

    /// <summary>The front desk marks a paid, not yet delivered order VIP or urgent (or back to normal). False when it already was.</summary>
    public bool Prioritize(OrderPriority priority, Guid byUserId, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Paid or OrderStatus.Accepted or OrderStatus.Preparing or OrderStatus.Exception))
            throw new BusinessException(OrderingErrorCodes.IllegalTransition, 409).With("From", Status).With("To", Status);
        if (Priority == priority) return false;
        Priority = priority;
        Timeline = [.. Timeline, new OrderStep(Status, now, byUserId, "priority: " + priority)];
        return true;
    }

    public void StartPreparing(Guid? byUserId, DateTimeOffset now) => MoveTo(OrderStatus.Preparing, now, byUserId, null);

    public void StartDelivery(Guid? byUserId, DateTimeOffset now) => MoveTo(OrderStatus.Delivering, now, byUserId, null);

    public void MarkDelivered(Guid? byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Delivered, now, byUserId, null);
        DeliveredAt = now;
    }

    public void Complete(long pointsEarned, Guid? byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Completed, now, byUserId, null);
        CompletedAt = now;
        PointsEarned = pointsEarned;
    }

    public void Cancel(string reason, Guid? byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Cancelled, now, byUserId, reason);
        CancelledAt = now;
        CancelReason = reason;
    }

    public void RaiseIssue(OrderExceptionKind kind, string note, Guid byUserId, DateTimeOffset now)
    {
        var from = Status;
        MoveTo(OrderStatus.Exception, now, byUserId, note);
        Issue = new OrderIssue(kind, note, from, now);
    }

    /// <summary>
    /// Resolves the exception: a substitute or a partial refund returns the order to where it was; a full refund cancels it.
    /// The refund itself goes through payments afterwards; this records how much.
    /// </summary>
    public void Resolve(OrderResolutionKind resolution, string note, long refundFen, Guid byUserId, DateTimeOffset now)
    {
        if (Status != OrderStatus.Exception || Issue is null)
            throw new BusinessException(OrderingErrorCodes.IllegalTransition, 409).With("From", Status).With("To", "resolved");
        var refundable = CashFen - RefundedFen;
        refundFen = resolution switch
        {
            OrderResolutionKind.FullRefund => refundable,
            OrderResolutionKind.PartialRefund when refundFen > 0 && refundFen < refundable => refundFen,
            OrderResolutionKind.Substitute => 0,
            _ => throw new BusinessException(OrderingErrorCodes.InvalidRefund).With("Amount", refundFen),
        };
        Issue = Issue with { Resolution = resolution, ResolutionNote = note, RefundFen = refundFen, ResolvedAt = now };
        RefundedFen += refundFen;
        if (resolution == OrderResolutionKind.FullRefund) Cancel(note, byUserId, now);
        else MoveTo(Issue.RaisedIn, now, byUserId, note);
    }

    /// <summary>Records a refund decided outside an exception (a cancellation of a paid order).</summary>
    public long RefundRemaining()
    {
        var amount = PaymentId is null || PaidAt is null ? 0 : CashFen - RefundedFen;
        RefundedFen += amount;
        return amount;
    }

    private void MoveTo(OrderStatus next, DateTimeOffset now, Guid? byUserId, string? note)
    {
        if (!OrderTransitions.Allows(Status, next))
            throw new BusinessException(OrderingErrorCodes.IllegalTransition, 409).With("From", Status).With("To", next);
        var previous = Status;
        Status = next;
        Timeline = [.. Timeline, new OrderStep(next, now, byUserId, note)];
        AddDomainEvent(new OrderStatusChanged(Id, TenantId!.Value, StoreId, SpaceId, SpaceNumber, CustomerId, Number, previous, next, now));
    }
}

/// <summary>One item of an order as priced and described when it was placed.</summary>
public class OrderLine : Entity<Guid>, IMultiTenant
{
    private OrderLine() { } // EF

    public OrderLine(Guid id, Guid tenantId, Product product, string categoryCode, IReadOnlyList<ChosenOption> options, int quantity,
        long regularUnitPriceFen, long unitPriceFen, string? note) : base(id)
    {
        TenantId = tenantId;
        ProductId = product.Id;
        Name = product.Details.Name;
        CategoryCode = categoryCode;
        Options = options;
        Quantity = quantity;
        RegularUnitPriceFen = regularUnitPriceFen;
        UnitPriceFen = unitPriceFen;
        Station = product.Station;
        PrepMinutes = product.Details.PrepMinutes;
        Note = note;
    }

    public Guid? TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Name { get; private set; } = null!;
    public string CategoryCode { get; private set; } = null!;
    public IReadOnlyList<ChosenOption> Options { get; private set; } = [];
    public int Quantity { get; private set; }
    public long RegularUnitPriceFen { get; private set; }
    public long UnitPriceFen { get; private set; }
    public Station Station { get; private set; }
    public int PrepMinutes { get; private set; }
    public string? Note { get; private set; }
}
