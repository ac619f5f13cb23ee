using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Spaces;

namespace LocalLife.Catalog;

/// <summary>
/// A merchant's shop (a tenant may have several). Its hours and status decide "open now"; its space types are the
/// choices for its rooms and booths; its deposit ratio is the default its spaces may override.
/// </summary>
public class Store : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    private Store() { } // EF

    internal Store(Guid id, Guid tenantId, string categoryCode, StoreProfile profile, GeoPoint position, string timeZone,
        OpeningHours hours, IReadOnlyList<SpaceTypeOption> spaceTypes, int defaultDepositPercent) : base(id)
    {
        TenantId = tenantId;
        CategoryCode = categoryCode;
        Profile = profile;
        SetPosition(position);
        SetTimeZone(timeZone);
        SetHours(hours);
        SpaceTypes = spaceTypes;
        SetDefaultDepositPercent(defaultDepositPercent);
        Status = StoreStatus.Open;
    }

    public Guid? TenantId { get; private set; }
    public string CategoryCode { get; private set; } = null!;
    public StoreProfile Profile { get; private set; } = null!;
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public OpeningHours Hours { get; private set; } = null!;
    public StoreStatus Status { get; private set; }

    /// <summary>With <see cref="StoreStatus.ClosedForDay"/>: the local date it is closed on.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public IReadOnlyList<SpaceTypeOption> SpaceTypes { get; private set; } = [];
    public int DefaultDepositPercent { get; private set; }
    public StoreBookingPolicy BookingPolicy { get; private set; } = StoreBookingPolicy.Default;

    /// <summary>Average review score (0–5) and count; kept by the reviews feature.</summary>
    public decimal Rating { get; private set; }
    public int RatingCount { get; private set; }

    /// <summary>Completed bookings and orders, for the composite ranking.</summary>
    public long Popularity { get; private set; }

    /// <summary>The lowest base price among its spaces, kept up to date by the spaces, for price filters and sorting.</summary>
    public long MinPriceFen { get; private set; }

    public GeoPoint Position => new(Latitude, Longitude);

    public void UpdateProfile(StoreProfile profile) => Profile = profile;

    public void SetPosition(GeoPoint position)
    {
        Latitude = position.Latitude;
        Longitude = position.Longitude;
    }

    public void SetTimeZone(string timeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new BusinessException(CatalogErrorCodes.InvalidTimeZone).With("TimeZone", timeZone);
        TimeZone = timeZone;
    }

    public void SetHours(OpeningHours hours)
    {
        hours.Validate();
        Hours = hours;
    }

    public void SetSpaceTypes(IReadOnlyList<SpaceTypeOption> types) => SpaceTypes = types;

    public void SetBookingPolicy(StoreBookingPolicy policy)
    {
        policy.Validate();
        BookingPolicy = policy;
    }

    public void SetDefaultDepositPercent(int percent)
    {
        if (percent is < 0 or > 100) throw new BusinessException(SpaceErrorCodes.InvalidDepositRatio).With("Percent", percent);
        DefaultDepositPercent = percent;
    }

    public void Open() => MoveTo(StoreStatus.Open, null);

    public void Pause() => MoveTo(StoreStatus.Paused, null);

    public void CloseForDay(DateTimeOffset now) => MoveTo(StoreStatus.ClosedForDay, DateOnly.FromDateTime(LocalTime(now)));

    public SpaceTypeOption GetSpaceType(string code) =>
        SpaceTypes.FirstOrDefault(t => t.Code == code) ?? throw new BusinessException(CatalogErrorCodes.UnknownSpaceType).With("Type", code);

    public DateTime LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime;

    public bool IsOpenAt(DateTimeOffset now)
    {
        var local = LocalTime(now);
        return Status switch
        {
            StoreStatus.Paused => false,
            StoreStatus.ClosedForDay when ClosedOn == DateOnly.FromDateTime(local) => false,
            _ => Hours.IsOpenAt(local),
        };
    }

    /// <summary>
    /// Whether customers in the store may order from the menu: unless the merchant paused the store or closed it for the
    /// day. Opening hours do not stop it (guests in a room past closing time still order; the QR code is inside).
    /// </summary>
    public bool TakesOrdersAt(DateTimeOffset now) => Status switch
    {
        StoreStatus.Paused => false,
        StoreStatus.ClosedForDay when ClosedOn == DateOnly.FromDateTime(LocalTime(now)) => false,
        _ => true,
    };

    internal void SetMinPrice(long minPriceFen) => MinPriceFen = minPriceFen;

    public void RecordRating(decimal average, int count)
    {
        Rating = average;
        RatingCount = count;
    }

    private void MoveTo(StoreStatus status, DateOnly? closedOn)
    {
        if (Status == status && ClosedOn == closedOn) throw new BusinessException(CatalogErrorCodes.StoreAlreadyInStatus).With("Status", status);
        Status = status;
        ClosedOn = closedOn;
    }
}
