namespace LocalLife.Spaces;

public sealed record PriceRuleDto(PriceRuleKind Kind, IReadOnlyList<DayOfWeek> Days, TimeOnly? From, TimeOnly? To, long PriceFen);

public sealed record SpaceDto(
    Guid Id,
    Guid StoreId,
    string Number,
    string Name,
    SpaceKind Kind,
    string TypeCode,
    string TypeName,
    int MinCapacity,
    int MaxCapacity,
    IReadOnlyList<string> Facilities,
    IReadOnlyList<string> Features,
    string? Description,
    int Floor,
    int X,
    int Y,
    long BasePriceFen,
    long PriceNowFen,
    long MinimumSpendFen,
    IReadOnlyList<PriceRuleDto> PriceRules,
    int DepositPercent,
    int? DepositPercentOverride,
    SpaceStatus Status,
    DateTimeOffset? StatusChangedAt,
    string ConcurrencyStamp);

public record SaveSpaceDto
{
    public string Number { get; init; } = "";
    public string Name { get; init; } = "";
    public string TypeCode { get; init; } = "";
    public int MinCapacity { get; init; } = 1;
    public int MaxCapacity { get; init; } = 1;
    public IReadOnlyList<string> Facilities { get; init; } = [];
    public IReadOnlyList<string> Features { get; init; } = [];
    public string? Description { get; init; }
    public int Floor { get; init; } = 1;
    public int X { get; init; }
    public int Y { get; init; }
    public long BasePriceFen { get; init; }
    public long MinimumSpendFen { get; init; }
    public IReadOnlyList<PriceRuleDto> PriceRules { get; init; } = [];
    public int? DepositPercent { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed record ChangeSpaceStatusDto(SpaceStatus Status, string? Reason);

public sealed record SpaceStatusRecordDto(SpaceStatus From, SpaceStatus To, DateTimeOffset At, Guid? ByUserId, string? Reason);

public enum SpaceSort
{
    Number = 1,
    /// <summary>For a party size: tightest fitting capacity, then price, then the most features.</summary>
    Recommended = 2,
    Price = 3,
}

public sealed record GetSpacesInput
{
    public int? PartySize { get; init; }
    public string? Type { get; init; }
    /// <summary>All of these (an array: query-string binding fills arrays, not read-only lists).</summary>
    public string[] Facilities { get; init; } = [];
    public long? MaxPriceFen { get; init; }
    public SpaceStatus? Status { get; init; }
    public SpaceSort? Sort { get; init; }
}
