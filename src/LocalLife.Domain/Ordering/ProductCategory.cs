using LocalLife.Entities;
using LocalLife.MultiTenancy;

namespace LocalLife.Ordering;

/// <summary>A menu section of one store (酒水, 小食, 果盘…); new stores start from their category's templates.</summary>
public class ProductCategory : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ProductCategory() { } // EF

    public ProductCategory(Guid id, Guid tenantId, Guid storeId, string code, string nameZhHans, string nameEn, Station station, int sort) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        Code = code;
        Update(nameZhHans, nameEn, station, sort, true);
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public string Code { get; private set; } = null!;
    public string NameZhHans { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;

    /// <summary>Where its products are prepared unless a product says otherwise.</summary>
    public Station Station { get; private set; }

    public int Sort { get; private set; }
    public bool IsEnabled { get; private set; }

    public void Update(string nameZhHans, string nameEn, Station station, int sort, bool isEnabled)
    {
        NameZhHans = nameZhHans;
        NameEn = nameEn;
        Station = station;
        Sort = sort;
        IsEnabled = isEnabled;
    }
}
