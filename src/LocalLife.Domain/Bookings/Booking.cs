using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// A customer's whole-session booking of one space from an arrival time. Its status moves only through
/// <see cref="BookingTransitions"/>; <see cref="BookingManager"/> creates it and keeps the space's status in step.
/// </summary>
public class Booking : FullAuditedAggregateRoot<Guid>, IMultiTenant, IPayable
{
    private Booking() { } // EF

    internal Booking(Guid id, Store store, Space space, Guid customerId, DateTimeOffset arriveAt, int partySize, BookingDeposit deposit,
        DateTimeOffset now) : base(id)
    {
        TenantId = store.TenantId;
        StoreId = store.Id;
        SpaceId = space.Id;
        SpaceNumber = space.Number;
        CustomerId = customerId;
        Number = BookingNumbers.NewNumber(store.LocalTime(now));
        CheckInCode = BookingNumbers.NewCheckInCode();
        ArriveAt = arriveAt;
        PartySize = partySize;
        PriceFen = deposit.PriceFen;
        DepositPercent = deposit.DepositPercent;
        Amount = deposit.Amount;
        Discounts = deposit.Discounts;
        PayBy = now + BookingConsts.PaymentWindow;
        // The store's rules at booking time are the ones the customer agreed to.
        CancelBy = arriveAt.AddMinutes(-store.BookingPolicy.CancelDeadlineMinutes);
        NoShowAt = arriveAt.AddMinutes(store.BookingPolicy.NoShowGraceMinutes);
        RefundOnNoShow = store.BookingPolicy.RefundDepositOnNoShow;
        Status = BookingStatus.PendingPayment;
        if (Amount.CashFen == 0) Confirm(now);
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SpaceId { get; private set; }
    public string SpaceNumber { get; private set; } = null!;
    public Guid CustomerId { get; private set; }

    /// <summary>Readable number shown to people, e.g. B261125K7QM3D.</summary>
    public string Number { get; private set; } = null!;

    /// <summary>The 8 digits (also shown as a QR code) the front desk scans or types at check-in.</summary>
    public string CheckInCode { get; private set; } = null!;

    public DateTimeOffset ArriveAt { get; private set; }
    public int PartySize { get; private set; }
    public BookingStatus Status { get; private set; }

    public long PriceFen { get; private set; }
    public int DepositPercent { get; private set; }

    /// <summary>The deposit (its items), what points paid of it and the cash paid through <see cref="PaymentId"/>.</summary>
    public PayableAmount Amount { get; private set; } = null!;

    /// <summary>What took the discount of <see cref="Amount"/> off (a deposit coupon).</summary>
    public IReadOnlyList<PayableDiscount> Discounts { get; private set; } = [];

    public Guid? PaymentId { get; private set; }
    public PaymentKind PaymentKind => PaymentKind.BookingDeposit;

    /// <summary>An unpaid booking expires at this moment.</summary>
    public DateTimeOffset PayBy { get; private set; }

    /// <summary>Until then the customer may cancel with a full refund (the store's cancel deadline).</summary>
    public DateTimeOffset CancelBy { get; private set; }

    /// <summary>A confirmed booking nobody checked in for is a no-show from then on (arrival + the store's grace).</summary>
    public DateTimeOffset NoShowAt { get; private set; }

    /// <summary>The store's no-show rule: refund the deposit, or (false) keep it.</summary>
    public bool RefundOnNoShow { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? CloseReason { get; private set; }

    /// <summary>The final spend the staff confirmed at release, and the points it earned.</summary>
    public long SpendFen { get; private set; }
    public long PointsEarned { get; private set; }

    public bool IsActive => BookingTransitions.IsActive(Status);

    public void AttachPayment(Guid paymentId)
    {
        if (PaymentId == paymentId) return;
        if (Status != BookingStatus.PendingPayment || PaymentId is not null)
            throw new BusinessException(PaymentErrorCodes.PaymentNotExpected).With("Status", Status);
        PaymentId = paymentId;
    }

    /// <summary>The deposit arrived. A payment for a booking no longer waiting (expired meanwhile) leaves it as it is.</summary>
    public PaidOutcome ConfirmPaid(Guid paymentId, DateTimeOffset paidAt)
    {
        if (Status != BookingStatus.PendingPayment)
            return PaymentId == paymentId && ConfirmedAt is not null ? PaidOutcome.AlreadyApplied : PaidOutcome.NotAwaited;
        PaymentId = paymentId;
        Confirm(paidAt);
        return PaidOutcome.Applied;
    }

    /// <summary>Whether it can still be cancelled (by the customer, before the store's deadline; by staff, while not yet used).</summary>
    public void CheckCancellable(bool byCustomer, DateTimeOffset now)
    {
        if (Status == BookingStatus.Cancelled) return;
        if (!BookingTransitions.Allows(Status, BookingStatus.Cancelled))
            throw new BusinessException(BookingErrorCodes.IllegalTransition).With("From", Status).With("To", BookingStatus.Cancelled);
        if (byCustomer && Status == BookingStatus.Confirmed && now > CancelBy)
            throw new BusinessException(BookingErrorCodes.CancelDeadlinePassed).With("Hours", Math.Round((ArriveAt - CancelBy).TotalHours, 1));
    }

    internal void CheckIn(DateTimeOffset now)
    {
        MoveTo(BookingStatus.CheckedIn, now);
        CheckedInAt = now;
    }

    /// <summary>Whether staff may release it now (only a checked-in booking is released).</summary>
    public void CheckReleasable()
    {
        if (!BookingTransitions.Allows(Status, BookingStatus.Completed))
            throw new BusinessException(BookingErrorCodes.IllegalTransition).With("From", Status).With("To", BookingStatus.Completed);
    }

    internal void Complete(long spendFen, long pointsEarned, DateTimeOffset now)
    {
        MoveTo(BookingStatus.Completed, now);
        SpendFen = spendFen;
        PointsEarned = pointsEarned;
        CompletedAt = now;
    }

    internal void Close(BookingStatus status, string reason, DateTimeOffset now)
    {
        MoveTo(status, now);
        ClosedAt = now;
        CloseReason = reason;
    }

    private void Confirm(DateTimeOffset now)
    {
        MoveTo(BookingStatus.Confirmed, now);
        ConfirmedAt = now;
        AddDomainEvent(new BookingConfirmed(Id, TenantId!.Value, StoreId, SpaceId, CustomerId, ArriveAt));
    }

    private void MoveTo(BookingStatus next, DateTimeOffset now)
    {
        if (!BookingTransitions.Allows(Status, next))
            throw new BusinessException(BookingErrorCodes.IllegalTransition).With("From", Status).With("To", next);
        var previous = Status;
        Status = next;
        AddDomainEvent(new BookingStatusChanged(Id, TenantId!.Value, StoreId, SpaceId, CustomerId, previous, next, now));
    }
}
