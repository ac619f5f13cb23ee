using LocalLife.Common;

namespace LocalLife.Marketing;

public sealed record MallItemDto(Guid Id, bool PlatformItem, string Name, string? Description, string? Image, MallItemKind Kind, Guid? CouponTemplateId,
    long PointsCost, int? Stock, int RedeemedCount, int? Left, int PerCustomerLimit, MallItemStatus Status);

/// <summary>A mall item: a coupon of one of the issuer's templates, or (merchants only) a voucher collected at its stores. Stock null: no limit.</summary>
public sealed record SaveMallItemDto
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public string? Image { get; init; }
    public MallItemKind Kind { get; init; }
    public Guid? CouponTemplateId { get; init; }
    public long PointsCost { get; init; }
    public int? Stock { get; init; }
    public int PerCustomerLimit { get; init; } = 1;
}

public sealed record GetMallItemsInput : PagedRequestDto;

/// <summary>An item as a customer sees it, with how many they already redeemed.</summary>
public sealed record CustomerMallItemDto(MallItemDto Item, int Held, bool CanRedeem);

/// <summary>Redeeming a merchant's item names the store it was shown at; a platform item names none.</summary>
public sealed record RedeemMallItemDto
{
    public Guid? StoreId { get; init; }
}

public sealed record MallRedemptionDto(Guid Id, Guid ItemId, bool PlatformItem, string ItemName, long Points, Guid? CouponId, string? VoucherCode,
    MallRedemptionStatus Status, DateTimeOffset RedeemedAt, DateTimeOffset? CollectedAt);

public sealed record CollectVoucherDto
{
    public Guid StoreId { get; init; }
    public string Code { get; init; } = "";
}

public sealed record MallItemReportDto(Guid ItemId, int Redemptions, long Points, int Collected);

/// <summary>A customer's points mall: the platform's and a store's merchant's items, redeeming, and their redemptions.</summary>
public interface ICustomerMallAppService
{
    Task<PagedResultDto<CustomerMallItemDto>> GetPlatformItemsAsync(GetMallItemsInput input, CancellationToken ct);
    Task<PagedResultDto<CustomerMallItemDto>> GetStoreItemsAsync(Guid storeId, GetMallItemsInput input, CancellationToken ct);
    Task<MallRedemptionDto> RedeemAsync(Guid itemId, RedeemMallItemDto input, CancellationToken ct);
    Task<PagedResultDto<MallRedemptionDto>> GetMineAsync(GetMallItemsInput input, CancellationToken ct);
}

/// <summary>The platform's points-mall items (api/host).</summary>
public interface IHostMallItemAppService
{
    Task<PagedResultDto<MallItemDto>> GetListAsync(GetMallItemsInput input, CancellationToken ct);
    Task<MallItemDto> CreateAsync(SaveMallItemDto input, CancellationToken ct);
    Task<MallItemDto> UpdateAsync(Guid id, SaveMallItemDto input, CancellationToken ct);
    Task<MallItemDto> PauseAsync(Guid id, CancellationToken ct);
    Task<MallItemDto> ResumeAsync(Guid id, CancellationToken ct);
    Task<MallItemDto> EndAsync(Guid id, CancellationToken ct);
    Task<MallItemReportDto> GetReportAsync(Guid id, CancellationToken ct);
}

/// <summary>A merchant's points-mall items (api/admin), and collecting vouchers at its stores.</summary>
public interface IMallItemAppService : IHostMallItemAppService
{
    Task<MallRedemptionDto> CollectVoucherAsync(CollectVoucherDto input, CancellationToken ct);
}
