using LocalLife.Common;
using LocalLife.Payments;

namespace LocalLife.Bookings;

public sealed record BookingDto(
    Guid Id,
    string Number,
    // Only in the customer's own view; staff get it from the customer at the desk.
    string? CheckInCode,
    Guid StoreId,
    Guid SpaceId,
    string SpaceNumber,
    Guid CustomerId,
    DateTimeOffset ArriveAt,
    int PartySize,
    BookingStatus Status,
    long PriceFen,
    int DepositPercent,
    long DepositFen,
    long PointsUsed,
    long PointsFen,
    long CashFen,
    Guid? PaymentId,
    DateTimeOffset PayBy,
    DateTimeOffset CancelDeadline,
    long SpendFen,
    long PointsEarned,
    string? CloseReason,
    IReadOnlyList<BookingTimelineItemDto> Timeline,
    long DiscountFen,
    IReadOnlyList<Marketing.PayableDiscountDto> Discounts);

public sealed record BookingTimelineItemDto(BookingStatus Status, DateTimeOffset At);

/// <summary>What the customer asks for, for both the preview and the booking.</summary>
public sealed record CreateBookingDto
{
    public Guid SpaceId { get; init; }
    public DateTimeOffset ArriveAt { get; init; }
    public int PartySize { get; init; }
    /// <summary>Use as many points as the platform's cap allows.</summary>
    public bool UsePoints { get; init; }
    /// <summary>The deposit coupon to use (null: none). A preview without one pre-selects the best usable coupon unless <see cref="NoCoupon"/>.</summary>
    public Guid? CouponId { get; init; }
    /// <summary>Preview only: show the deposit without any coupon.</summary>
    public bool? NoCoupon { get; init; }
}

/// <summary>The breakdown the customer sees before paying.</summary>
public sealed record BookingPreviewDto(
    Guid SpaceId,
    DateTimeOffset ArriveAt,
    long PriceFen,
    int DepositPercent,
    long DepositFen,
    long PointsBalance,
    long MaxPoints,
    long PointsUsed,
    long PointsFen,
    long CashFen,
    bool PointsAllowed,
    long DiscountFen,
    Guid? CouponId,
    IReadOnlyList<Marketing.CouponOfferDto> Coupons);

/// <summary>A booking made; with cash to pay, the mini-program calls <c>wx.requestPayment(requestPayment)</c>.</summary>
public sealed record BookingCreatedDto(BookingDto Booking, RequestPaymentDto? RequestPayment);

public sealed record GetMyBookingsInput : PagedRequestDto
{
    public BookingStatus? Status { get; init; }
}

public sealed record GetBookingsInput : PagedRequestDto
{
    public Guid? StoreId { get; init; }
    public Guid? SpaceId { get; init; }
    public BookingStatus? Status { get; init; }
    /// <summary>Arrival date in the store's time zone (needs <see cref="StoreId"/>).</summary>
    public DateOnly? Date { get; init; }
}

public sealed record CheckInBookingDto
{
    public Guid StoreId { get; init; }
    public string Code { get; init; } = "";
}

public sealed record SpendLineDto(string Category, long AmountFen);

public sealed record ReleaseBookingDto
{
    /// <summary>Room fee, orders, service fee, extras (<see cref="BookingSpendCategories"/>). Orders placed in the app during the stay are added by the server; list here only what was not.</summary>
    public IReadOnlyList<SpendLineDto> Lines { get; init; } = [];
    /// <summary>True: the space goes to cleaning; false: straight back to free.</summary>
    public bool ToCleaning { get; init; } = true;
}

public sealed record CancelBookingDto
{
    public string? Reason { get; init; }
}
