using LocalLife.Entities;

namespace LocalLife.Catalog;

/// <summary>
/// A line of business on the platform (KTV, tea house, café; later beauty, nails, dining). Categories are data:
/// a new vertical is a new row, enabled by the platform and then per tenant, never a code fork.
/// </summary>
public class Category : FullAuditedAggregateRoot<Guid>
{
    private Category() { } // EF

    public Category(Guid id, string code, LocalizedName name, string? icon, string? description, int sortOrder, bool isEnabled) : base(id)
    {
        Code = code;
        Name = name;
        Icon = icon;
        Description = description;
        SortOrder = sortOrder;
        IsEnabled = isEnabled;
    }

    public string Code { get; private set; } = null!;
    public LocalizedName Name { get; private set; } = null!;
    public string? Icon { get; private set; }
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>Open on the platform: tenants may enable it and customers see it.</summary>
    public bool IsEnabled { get; private set; }

    /// <summary>The space types a new store of this category starts with.</summary>
    public IReadOnlyList<SpaceTypeOption> SpaceTypes { get; private set; } = [];

    /// <summary>The menu categories a new store of this category starts with.</summary>
    public IReadOnlyList<ProductCategoryTemplate> ProductCategories { get; private set; } = [];

    public void SetTemplates(IReadOnlyList<SpaceTypeOption> spaceTypes, IReadOnlyList<ProductCategoryTemplate> productCategories)
    {
        SpaceTypes = spaceTypes;
        ProductCategories = productCategories;
    }

    public void Update(LocalizedName name, string? icon, string? description, int sortOrder)
    {
        Name = name;
        Icon = icon;
        Description = description;
        SortOrder = sortOrder;
    }

    public void Enable() => IsEnabled = true;

    public void Disable() => IsEnabled = false;
}
