using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Spaces;

/// <summary>
/// A bookable room, booth or table of a store. Its live status changes only through <see cref="ChangeStatus"/>,
/// which follows <see cref="SpaceTransitions"/> and raises <see cref="SpaceStatusChanged"/> for history and push.
/// </summary>
public class Space : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Space() { } // EF

    internal Space(Guid id, Store store, string number, SpaceDetails details, FloorPosition position, SpacePricing pricing, int? depositPercent) : base(id)
    {
        TenantId = store.TenantId;
        StoreId = store.Id;
        Number = number;
        Update(store, details, position, pricing, depositPercent);
        Status = SpaceStatus.Free;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public string Number { get; private set; } = null!;
    public SpaceKind Kind { get; private set; }
    public string TypeCode { get; private set; } = null!;
    public SpaceDetails Details { get; private set; } = null!;

    /// <summary>Where it is on the store's floor plan; waiter dispatch measures distances with it.</summary>
    public FloorPosition Position { get; private set; } = null!;
    public SpacePricing Pricing { get; private set; } = null!;

    /// <summary>0–100 % of the price; null takes the store's default.</summary>
    public int? DepositPercent { get; private set; }

    public SpaceStatus Status { get; private set; }
    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>The version its ordering QR code carries; rotating it makes every printed older code invalid.</summary>
    public int QrVersion { get; private set; } = 1;

    public void RotateQr() => QrVersion++;

    internal void Update(Store store, SpaceDetails details, FloorPosition position, SpacePricing pricing, int? depositPercent)
    {
        details.Validate();
        pricing.Validate();
        if (depositPercent is < 0 or > 100) throw new BusinessException(SpaceErrorCodes.InvalidDepositRatio).With("Percent", depositPercent);
        var type = store.GetSpaceType(details.TypeCode);
        Kind = type.Kind;
        TypeCode = type.Code;
        Details = details;
        Position = position;
        Pricing = pricing;
        DepositPercent = depositPercent;
    }

    internal void Renumber(string number) => Number = number;

    public int EffectiveDepositPercent(Store store) => DepositPercent ?? store.DefaultDepositPercent;

    public void ChangeStatus(SpaceStatus next, DateTimeOffset now, Guid? byUserId, string? reason)
    {
        if (!SpaceTransitions.Allows(Status, next))
            throw new BusinessException(SpaceErrorCodes.IllegalTransition).With("From", Status).With("To", next);
        var previous = Status;
        Status = next;
        StatusChangedAt = now;
        AddDomainEvent(new SpaceStatusChanged(Id, TenantId!.Value, StoreId, previous, next, now, byUserId, reason));
    }
}
