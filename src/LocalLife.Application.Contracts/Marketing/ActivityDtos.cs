using LocalLife.Common;

namespace LocalLife.Marketing;

public sealed record ActivityPriceDto(Guid ProductId, long PriceFen, int PerCustomerLimit, int TotalLimit);

public sealed record SpendTierDto(long MinSpendFen, long OffFen);

public sealed record ActivityDto(
    Guid Id,
    string Name,
    ActivityKind Kind,
    ActivityTheme Theme,
    IReadOnlyList<Guid> StoreIds,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<ActivityPriceDto> Prices,
    IReadOnlyList<SpendTierDto> Tiers,
    int MultiplierPercent,
    ActivityStatus Status);

/// <summary>
/// A limited-time activity. Special prices set <see cref="Prices"/> (limits 0: none); a spend discount sets
/// <see cref="Tiers"/>; a points multiplier sets <see cref="MultiplierPercent"/> (200 = double points).
/// </summary>
public sealed record SaveActivityDto
{
    public string Name { get; init; } = "";
    public ActivityKind Kind { get; init; }
    public ActivityTheme Theme { get; init; }
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public IReadOnlyList<ActivityPriceDto> Prices { get; init; } = [];
    public IReadOnlyList<SpendTierDto> Tiers { get; init; } = [];
    public int MultiplierPercent { get; init; }
}

public sealed record GetActivitiesInput : PagedRequestDto
{
    public ActivityStatus? Status { get; init; }
}

/// <summary>A product's running activity price on the menu: the badge, the price, until when, and the units this customer may still buy at it.</summary>
public sealed record MenuActivityDto(Guid ActivityId, string Name, ActivityTheme Theme, long PriceFen, DateTimeOffset EndsAt, int? UnitsLeft);

/// <summary>What an activity did: units sold at its prices per product, and the orders it discounted with the discount given.</summary>
public sealed record ActivityReportDto(Guid ActivityId, IReadOnlyList<ActivityProductSalesDto> Products, int Orders, long DiscountFen);

public sealed record ActivityProductSalesDto(Guid ProductId, int Units);

/// <summary>Merchant staff: the merchant's limited-time activities.</summary>
public interface IActivityAppService
{
    Task<PagedResultDto<ActivityDto>> GetListAsync(GetActivitiesInput input, CancellationToken ct);
    Task<ActivityDto> GetAsync(Guid id, CancellationToken ct);
    Task<ActivityDto> CreateAsync(SaveActivityDto input, CancellationToken ct);
    Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, CancellationToken ct);
    Task<ActivityDto> PauseAsync(Guid id, CancellationToken ct);
    Task<ActivityDto> ResumeAsync(Guid id, CancellationToken ct);
    Task<ActivityDto> EndAsync(Guid id, CancellationToken ct);
    Task<ActivityReportDto> GetReportAsync(Guid id, CancellationToken ct);
}
