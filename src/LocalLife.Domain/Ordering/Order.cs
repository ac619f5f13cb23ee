using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Payments;

namespace LocalLife.Ordering;

/// <summary>One entry of an order's timeline.</summary>
public sealed record OrderStep(OrderStatus Status, DateTimeOffset At, Guid? ByUserId, string? Note);

/// <summary>An exception on an order and, once handled, how it was resolved.</summary>
/// <param name="CouponWithdrawnFen">A partial refund left less than the coupon's minimum spend: its discount, taken off the refund.</param>
public sealed record OrderIssue(OrderExceptionKind Kind, string Note, OrderStatus RaisedIn, DateTimeOffset At, OrderResolutionKind? Resolution = null,
    string? ResolutionNote = null, long RefundFen = 0, DateTimeOffset? ResolvedAt = null, long CouponWithdrawnFen = 0);

/// <summary>
/// A customer's order from the menu, delivered to one space. Its status moves only through <see cref="OrderTransitions"/>;
/// prices, points and cash are fixed when it is placed (by <see cref="OrderManager"/>, the only way in). Stock was
/// taken in the transaction that inserted it.
/// </summary>
public class Order : FullAuditedAggregateRoot<Guid>, IMultiTenant, IPayable
{
    private readonly List<OrderLine> _lines = [];

    private Order() { } // EF

    internal Order(Guid id, Guid tenantId, Guid storeId, Guid spaceId, string spaceNumber, string spaceName, Guid customerId, Guid? bookingId,
        string number, IReadOnlyList<OrderLine> lines, PayableAmount amount, IReadOnlyList<PayableDiscount> discounts, string? note, OrderPriority priority,
        DateTimeOffset now) : base(id)
    {
        if (lines.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
        if (amount.ItemsFen != lines.Sum(l => l.UnitPriceFen * l.Quantity))
            throw new BusinessException(PaymentErrorCodes.InvalidAmount).With("Part", "items").With("Amount", amount.ItemsFen);
        if (amount.DiscountFen != discounts.Sum(d => d.AmountFen) || amount.DiscountFen != lines.Sum(l => l.DiscountFen))
            throw new BusinessException(PaymentErrorCodes.InvalidAmount).With("Part", "discount").With("Amount", amount.DiscountFen);
        Discounts = discounts;
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
        Amount = amount;
        Note = note;
        Priority = priority;
        PlacedAt = now;
        PayBy = now + OrderingConsts.PaymentWindow;
        PrepMinutes = lines.Max(l => l.PrepMinutes);
        EstimatedReadyAt = now + TimeSpan.FromMinutes(PrepMinutes);
        Status = OrderStatus.Placed;
        Timeline = [new OrderStep(OrderStatus.Placed, now, customerId, null)];
        if (amount.CashFen == 0) Pay(null, now);
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

    /// <summary>Sum at regular prices; minus the items of <see cref="Amount"/> is what member and promotion prices saved.</summary>
    public long RegularFen { get; private set; }

    /// <summary>The items at the prices charged, the discounts, what points paid and the cash paid through <see cref="PaymentId"/>.</summary>
    public PayableAmount Amount { get; private set; } = null!;

    /// <summary>What took the discount of <see cref="Amount"/> off (a coupon, an activity), split over the lines they cover.</summary>
    public IReadOnlyList<PayableDiscount> Discounts { get; private set; } = [];

    /// <summary>Cash refunds decided so far (on cancellation and when exceptions were resolved); never more than the cash.</summary>
    public long RefundedFen { get; private set; }

    /// <summary>The part of <see cref="RefundedFen"/> decided when the order was cancelled (the rest came from exceptions).</summary>
    public long CancelRefundFen { get; private set; }

    public Guid? PaymentId { get; private set; }
    public PaymentKind PaymentKind => PaymentKind.MenuOrder;
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

    /// <summary>What the order came to for the customer once refunds are taken off (what a booking's bill counts).</summary>
    public long SpendFen => Amount.ItemsFen - Amount.DiscountFen - RefundedFen;

    /// <summary>The units to take from (or give back to) each product, in product id order so two orders cannot deadlock.</summary>
    public IReadOnlyList<(Guid ProductId, int Quantity)> StockUnits() =>
        [.. _lines.SelectMany(l => l.Components.Select(c => (c.ProductId, Quantity: c.Quantity * l.Quantity)).Prepend((l.ProductId, l.Quantity)))
            .GroupBy(u => u.ProductId).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(u => u.Quantity)))];

    /// <summary>The idempotency key of the refund decided when an exception was resolved.</summary>
    public static string IssueRefundKey(Guid orderId, OrderIssue issue) => $"order-issue:{orderId:N}:{issue.At.ToUnixTimeMilliseconds()}";

    public void AttachPayment(Guid paymentId)
    {
        if (PaymentId == paymentId) return;
        if (Status != OrderStatus.Placed || PaymentId is not null)
            throw new BusinessException(PaymentErrorCodes.PaymentNotExpected).With("Status", Status);
        PaymentId = paymentId;
    }

    /// <summary>The cash arrived. A payment for an order no longer waiting (cancelled meanwhile) changes nothing.</summary>
    public PaidOutcome MarkPaid(Guid paymentId, DateTimeOffset paidAt)
    {
        if (Status != OrderStatus.Placed)
            return PaymentId == paymentId && PaidAt is not null ? PaidOutcome.AlreadyApplied : PaidOutcome.NotAwaited;
        Pay(paymentId, paidAt);
        return PaidOutcome.Applied;
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
            throw new BusinessException(OrderingErrorCodes.PriorityNotChangeable).With("Status", Status);
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

    /// <summary>Only a delivered order is completed (a completed one is left as it is).</summary>
    public void CheckCompletable()
    {
        if (Status != OrderStatus.Completed) CheckMove(OrderStatus.Completed);
    }

    public void Complete(long pointsEarned, Guid? byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Completed, now, byUserId, null);
        CompletedAt = now;
        PointsEarned = pointsEarned;
    }

    /// <summary>
    /// Whether it may be cancelled by this party: the customer until the merchant accepts it, the merchant (a rejection)
    /// until it is being prepared. A cancelled order passes (cancelling again returns it as it is).
    /// </summary>
    public void CheckCancellable(bool byCustomer)
    {
        if (Status == OrderStatus.Cancelled) return;
        var allowed = byCustomer ? Status is OrderStatus.Placed or OrderStatus.Paid : Status is OrderStatus.Paid or OrderStatus.Accepted;
        if (!allowed) throw IllegalMove(OrderStatus.Cancelled);
    }

    /// <summary>Cancelled: the cash not yet refunded (if it was paid) is to be refunded, recorded in <see cref="CancelRefundFen"/>.</summary>
    public void Cancel(string reason, Guid? byUserId, DateTimeOffset now)
    {
        MoveTo(OrderStatus.Cancelled, now, byUserId, reason);
        CancelledAt = now;
        CancelReason = reason;
        CancelRefundFen = PaidAt is null ? 0 : Amount.CashFen - RefundedFen;
        RefundedFen += CancelRefundFen;
    }

    /// <summary>
    /// Counts a refund the order did not decide itself (a merchant refunding its payment from the payments page): the
    /// payment's refunded total, when above what the order has counted, becomes the order's. A refund the order decided
    /// is counted already, so its settling changes nothing. Returns whether the order's refunded amount grew.
    /// </summary>
    public bool CountRefunded(long paymentRefundedFen)
    {
        if (PaidAt is null || paymentRefundedFen <= RefundedFen) return false;
        RefundedFen = Math.Min(paymentRefundedFen, Amount.CashFen);
        return true;
    }

    /// <summary>Whether nothing of the cash is left while the order may still be cancelled (nothing is being made yet).</summary>
    public bool IsFullyRefundedAndCancellable =>
        PaidAt is not null && RefundedFen >= Amount.CashFen && OrderTransitions.Allows(Status, OrderStatus.Cancelled);

    public void RaiseIssue(OrderExceptionKind kind, string note, Guid byUserId, DateTimeOffset now)
    {
        var from = Status;
        MoveTo(OrderStatus.Exception, now, byUserId, note);
        Issue = new OrderIssue(kind, note, from, now);
    }

    /// <summary>
    /// Resolves the exception: a substitute or a partial refund (less than what is left) returns the order to where it
    /// was; a full refund cancels it. The refund itself goes through payments afterwards; this records how much.
    /// A coupon's discount holds only while what stays paid for meets its minimum spend: a partial refund that leaves
    /// less withdraws the discount (the refund is smaller by it, and the coupon goes back to the customer).
    /// </summary>
    /// <param name="couponMinSpendFen">The minimum spend of the coupon the order used (0: none, or no minimum).</param>
    public void Resolve(OrderResolutionKind resolution, string note, long refundFen, Guid byUserId, DateTimeOffset now, long couponMinSpendFen = 0)
    {
        if (Status != OrderStatus.Exception || Issue is null) throw IllegalMove("resolved");
        var refundable = PaidAt is null ? 0 : Amount.CashFen - RefundedFen;
        refundFen = resolution switch
        {
            OrderResolutionKind.FullRefund => refundable,
            OrderResolutionKind.PartialRefund when refundFen > 0 && refundFen < refundable => refundFen,
            OrderResolutionKind.Substitute => 0,
            _ => throw new BusinessException(OrderingErrorCodes.InvalidRefund).With("Amount", refundFen).With("Refundable", refundable),
        };
        var withdrawn = 0L;
        var couponFen = Discounts.Where(d => d.Source == DiscountSource.Coupon).Sum(d => d.AmountFen);
        if (resolution == OrderResolutionKind.PartialRefund && couponFen > 0 && Amount.DueFen - RefundedFen - refundFen < couponMinSpendFen)
        {
            if (refundFen <= couponFen)
                throw new BusinessException(OrderingErrorCodes.RefundCoveredByCoupon).With("Amount", refundFen).With("Discount", couponFen);
            withdrawn = couponFen;
            refundFen -= couponFen;
        }
        Issue = Issue with { Resolution = resolution, ResolutionNote = note, RefundFen = refundFen, ResolvedAt = now, CouponWithdrawnFen = withdrawn };
        RefundedFen += refundFen;
        if (resolution == OrderResolutionKind.FullRefund) Cancel(note, byUserId, now);
        else MoveTo(Issue.RaisedIn, now, byUserId, note);
    }

    private void Pay(Guid? paymentId, DateTimeOffset paidAt)
    {
        PaymentId = paymentId ?? PaymentId;
        MoveTo(OrderStatus.Paid, paidAt, null, null);
        PaidAt = paidAt;
        AcceptBy = paidAt + OrderingConsts.AcceptWindow;
        EstimatedReadyAt = paidAt + TimeSpan.FromMinutes(PrepMinutes);
    }

    private void CheckMove(OrderStatus next)
    {
        if (!OrderTransitions.Allows(Status, next)) throw IllegalMove(next);
    }

    private BusinessException IllegalMove(object to) =>
        new BusinessException(OrderingErrorCodes.IllegalTransition).With("From", Status).With("To", to);

    private void MoveTo(OrderStatus next, DateTimeOffset now, Guid? byUserId, string? note)
    {
        CheckMove(next);
        var previous = Status;
        Status = next;
        Timeline = [.. Timeline, new OrderStep(next, now, byUserId, note)];
        AddDomainEvent(new OrderStatusChanged(Id, TenantId!.Value, StoreId, SpaceId, SpaceNumber, CustomerId, Number, previous, next, now));
    }
}

/// <summary>What one unit of a combo line is made of, as it was when ordered: each is made at its own station.</summary>
public sealed record OrderLineComponent(Guid Id, Guid ProductId, string Name, int Quantity, Station Station, int PrepMinutes);

/// <summary>One item of an order as priced and described when it was placed.</summary>
public class OrderLine : Entity<Guid>, IMultiTenant
{
    private OrderLine() { } // EF

    internal OrderLine(Guid id, Guid tenantId, Product product, string categoryCode, IReadOnlyList<ChosenOption> options, int quantity,
        long regularUnitPriceFen, long unitPriceFen, string? note, IReadOnlyList<OrderLineComponent>? components = null, string? picksText = null,
        Guid? activityId = null) : base(id)
    {
        ActivityId = activityId;
        Components = components ?? [];
        PicksText = picksText;
        TenantId = tenantId;
        ProductId = product.Id;
        Name = product.Details.Name;
        CategoryCode = categoryCode;
        Options = options;
        Quantity = quantity;
        RegularUnitPriceFen = regularUnitPriceFen;
        UnitPriceFen = unitPriceFen;
        Station = product.Station;
        PrepMinutes = Components.Count > 0 ? Components.Max(c => c.PrepMinutes) : product.Details.PrepMinutes;
        Note = note;
    }

    public Guid? TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Name { get; private set; } = null!;
    public string CategoryCode { get; private set; } = null!;
    public IReadOnlyList<ChosenOption> Options { get; private set; } = [];

    /// <summary>A combo's contents per unit (empty for an ordinary product), and its picks as the customer read them.</summary>
    public IReadOnlyList<OrderLineComponent> Components { get; private set; } = [];
    public string? PicksText { get; private set; }

    /// <summary>The activity whose price it was sold at; its units count against the activity's limits until cancelled.</summary>
    public Guid? ActivityId { get; private set; }

    public int Quantity { get; private set; }
    public long RegularUnitPriceFen { get; private set; }
    public long UnitPriceFen { get; private set; }

    /// <summary>This line's share of the order's discounts, to the fen (the shares add up to the order's discount).</summary>
    public long DiscountFen { get; private set; }

    public long AmountFen => UnitPriceFen * Quantity;
    public Station Station { get; private set; }
    public int PrepMinutes { get; private set; }
    public string? Note { get; private set; }

    internal void AddDiscount(long fen)
    {
        if (fen < 0 || DiscountFen + fen > AmountFen) throw new BusinessException(PaymentErrorCodes.InvalidAmount).With("Part", "line discount").With("Amount", fen);
        DiscountFen += fen;
    }
}
