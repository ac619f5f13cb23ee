using LocalLife.Common;

namespace LocalLife.Catalog;

public sealed record TimeRangeDto(TimeOnly Start, TimeOnly End);

public sealed record DayHoursDto(DayOfWeek Day, IReadOnlyList<TimeRangeDto> Ranges);

public sealed record HoursExceptionDto(DateOnly Date, bool Closed, IReadOnlyList<TimeRangeDto> Ranges, bool IsHoliday, string? Note);

public sealed record OpeningHoursDto(IReadOnlyList<DayHoursDto> Week, IReadOnlyList<HoursExceptionDto> Exceptions);

public sealed record StoreDto(
    Guid Id,
    string CategoryCode,
    string Name,
    string Address,
    string? Phone,
    string? Intro,
    IReadOnlyList<string> Images,
    double Latitude,
    double Longitude,
    string TimeZone,
    OpeningHoursDto Hours,
    StoreStatus Status,
    DateOnly? ClosedOn,
    bool OpenNow,
    int DefaultDepositPercent,
    IReadOnlyList<SpaceTypeDto> SpaceTypes,
    BookingPolicyDto BookingPolicy,
    decimal Rating,
    int RatingCount,
    long MinPriceFen,
    string ConcurrencyStamp);

/// <summary>The store's booking rules: cancel deadline before arrival, no-show grace after it, and the no-show deposit rule.</summary>
public sealed record BookingPolicyDto(int CancelDeadlineMinutes, int NoShowGraceMinutes, bool RefundDepositOnNoShow);

public record UpdateStoreDto
{
    public string Name { get; init; } = "";
    public string Address { get; init; } = "";
    public string? Phone { get; init; }
    public string? Intro { get; init; }
    public IReadOnlyList<string> Images { get; init; } = [];
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string? TimeZone { get; init; }
    public OpeningHoursDto Hours { get; init; } = new([], []);
    public int DefaultDepositPercent { get; init; }
    /// <summary>Null keeps the store's current space types.</summary>
    public IReadOnlyList<SpaceTypeDto>? SpaceTypes { get; init; }
    /// <summary>Null keeps the store's current booking rules (defaults: 120 min, 30 min, forfeit).</summary>
    public BookingPolicyDto? BookingPolicy { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed record CreateStoreDto : UpdateStoreDto
{
    public string CategoryCode { get; init; } = "";
}

public sealed record ChangeStoreStatusDto(StoreStatus Status);

/// <summary>A store in the customer's list.</summary>
public sealed record StoreSummaryDto(
    Guid Id,
    string Name,
    string CategoryCode,
    string Address,
    double Latitude,
    double Longitude,
    decimal Rating,
    int RatingCount,
    long MinPriceFen,
    string? Image,
    double? DistanceMeters,
    bool OpenNow,
    double Score);

public sealed record GetStoresInput : PagedRequestDto
{
    public string? Category { get; init; }
    public string? Keyword { get; init; }
    public bool OpenNow { get; init; }
    public long? MinPriceFen { get; init; }
    public long? MaxPriceFen { get; init; }
    public decimal? MinRating { get; init; }
    public StoreSort? Sort { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? RadiusKm { get; init; }
}

/// <summary>The map's viewport; every side is required (0° is a place, not "not given").</summary>
public sealed record GetStoreMapInput
{
    public required double South { get; init; }
    public required double West { get; init; }
    public required double North { get; init; }
    public required double East { get; init; }
    public string? Category { get; init; }
}
