using LocalLife.Common;
using LocalLife.Payments;

namespace LocalLife.Ordering;

public sealed record CartLineDto(
    Guid Id,
    Guid ProductId,
    string Name,
    IReadOnlyList<string> Options,
    string OptionsText,
    int Quantity,
    long UnitPriceFen,
    long CurrentUnitPriceFen,
    long LineFen,
    string? Note,
    bool Available,
    bool PriceChanged);

/// <summary>The cart with live totals; <see cref="HasChanges"/> says something sold out or changed price since it was added.</summary>
public sealed record CartDto(Guid SpaceId, Guid StoreId, IReadOnlyList<CartLineDto> Lines, int ItemCount, long RegularFen, long TotalFen, long SavedFen,
    bool HasChanges, int EstimatedPrepMinutes);

public sealed record AddCartLineDto
{
    public Guid ProductId { get; init; }
    public int Quantity { get; init; } = 1;
    /// <summary>"group:option" codes, e.g. ["size:large", "ice:less"]; for a combo its picks, "group:productId" (product id without dashes).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
    public string? Note { get; init; }
}

public sealed record ChangeCartLineDto
{
    /// <summary>0 removes the line.</summary>
    public int Quantity { get; init; }
}

public sealed record AddRecommendedSetDto
{
    /// <summary>Products from the recommendations; each is added with its suggested quantity and default options.</summary>
    public IReadOnlyList<Guid> ProductIds { get; init; } = [];
}

public sealed record OrderLineDto(Guid Id, Guid ProductId, string Name, IReadOnlyList<string> Options, int Quantity, long UnitPriceFen, long RegularUnitPriceFen,
    Station Station, int PrepMinutes, string? Note, long DiscountFen, string? PicksText, IReadOnlyList<OrderLineComponentDto> Components);

/// <summary>What one unit of a combo line is made of.</summary>
public sealed record OrderLineComponentDto(Guid ProductId, string Name, int Quantity, Station Station);

public sealed record OrderStepDto(OrderStatus Status, DateTimeOffset At, string? Note);

public sealed record OrderIssueDto(OrderExceptionKind Kind, string Note, DateTimeOffset At, OrderResolutionKind? Resolution, string? ResolutionNote, long RefundFen,
    DateTimeOffset? ResolvedAt);

public sealed record OrderDto(
    Guid Id,
    string Number,
    Guid StoreId,
    Guid SpaceId,
    string SpaceNumber,
    string SpaceName,
    Guid CustomerId,
    Guid? BookingId,
    OrderStatus Status,
    IReadOnlyList<OrderLineDto> Lines,
    long RegularFen,
    long TotalFen,
    long PointsUsed,
    long PointsFen,
    long CashFen,
    long RefundedFen,
    Guid? PaymentId,
    string? Note,
    DateTimeOffset PlacedAt,
    DateTimeOffset PayBy,
    DateTimeOffset? PaidAt,
    DateTimeOffset? AcceptBy,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset EstimatedReadyAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CompletedAt,
    string? CancelReason,
    OrderIssueDto? Issue,
    long PointsEarned,
    IReadOnlyList<OrderStepDto> Timeline,
    OrderPriority Priority,
    long DiscountFen,
    IReadOnlyList<Marketing.PayableDiscountDto> Discounts);

/// <summary>Checkout: the cart of this space becomes an order. The QR token proves the customer scanned this space.</summary>
public sealed record PlaceOrderDto
{
    public Guid SpaceId { get; init; }
    public string QrToken { get; init; } = "";
    public bool UsePoints { get; init; }
    public string? Note { get; init; }
    /// <summary>The total the customer saw; when given and different from today's, the order is refused (CartChanged) instead of charging another amount.</summary>
    public long? ExpectedTotalFen { get; init; }
    /// <summary>The coupon to use (null: none). A preview without one pre-selects the best usable coupon unless <see cref="NoCoupon"/>.</summary>
    public Guid? CouponId { get; init; }
    /// <summary>Preview only: show the price without any coupon.</summary>
    public bool? NoCoupon { get; init; }
}

/// <param name="CouponId">The coupon the price is for (the chosen one, or the best when none was chosen); null: none.</param>
/// <param name="Coupons">Every coupon the customer holds for this merchant, judged: usable first, the best first.</param>
public sealed record OrderPreviewDto(CartDto Cart, long PointsBalance, long MaxPoints, long PointsUsed, long PointsFen, long CashFen, bool PointsAllowed,
    DateTimeOffset EstimatedReadyAt, long DiscountFen, Guid? CouponId, IReadOnlyList<Marketing.CouponOfferDto> Coupons);

public sealed record OrderPlacedDto(OrderDto Order, RequestPaymentDto? RequestPayment);

public sealed record GetMyOrdersInput : PagedRequestDto
{
    public OrderStatus? Status { get; init; }
}

public sealed record GetOrdersInput : PagedRequestDto
{
    public Guid? StoreId { get; init; }
    public Guid? SpaceId { get; init; }
    public OrderStatus? Status { get; init; }
    public Guid? BookingId { get; init; }
}

/// <summary>Accept several paid orders at once (§5.9.6 批量订单处理); each succeeds or fails on its own.</summary>
public sealed record BatchAcceptOrdersDto
{
    public IReadOnlyList<Guid> OrderIds { get; init; } = [];
}

/// <summary>One order of a batch: accepted, or the error code that refused it.</summary>
public sealed record BatchAcceptResultDto(Guid OrderId, bool Accepted, string? ErrorCode, OrderStatus? Status);

public sealed record RejectOrderDto
{
    public string Reason { get; init; } = "";
}

public sealed record RaiseOrderIssueDto
{
    public OrderExceptionKind Kind { get; init; }
    public string Note { get; init; } = "";
}

public sealed record ResolveOrderIssueDto
{
    public OrderResolutionKind Resolution { get; init; }
    public string Note { get; init; } = "";
    /// <summary>For a partial refund: how much of the cash goes back.</summary>
    public long RefundFen { get; init; }
}
