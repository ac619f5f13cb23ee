using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Spaces;

namespace LocalLife.Seeding;

/// <summary>The platform's categories: phase 1 open, later verticals defined but closed. Existing rows are left as operators set them.</summary>
public sealed class CategoryDataSeeder(ICategoryRepository categories, IUnitOfWork unitOfWork)
{
    private static readonly (string Code, string Zh, string En, string Icon, int Order, bool Enabled)[] Seed =
    [
        (CategoryCodes.Ktv, "KTV", "KTV", "mic", 10, true),
        (CategoryCodes.TeaHouse, "茶楼", "Tea house", "tea", 20, true),
        (CategoryCodes.Cafe, "咖啡厅", "Café", "coffee", 30, true),
        (CategoryCodes.Beauty, "美容", "Beauty", "beauty", 40, false),
        (CategoryCodes.Nails, "美甲", "Nails", "nails", 50, false),
        (CategoryCodes.Dining, "美食", "Dining", "dining", 60, false),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await categories.GetListAsync(ct)).ToDictionary(c => c.Code);
        foreach (var c in Seed)
        {
            if (!existing.TryGetValue(c.Code, out var category))
            {
                category = new Category(Guid.CreateVersion7(), c.Code, new LocalizedName(c.Zh, c.En), c.Icon, null, c.Order, c.Enabled);
                await categories.InsertAsync(category, ct);
            }
            // Templates arrived after the first categories; fill them only where nobody has set any.
            if (category.SpaceTypes.Count == 0 && category.ProductCategories.Count == 0)
                category.SetTemplates(CategoryTemplates.SpaceTypes(c.Code), CategoryTemplates.ProductCategories(c.Code));
        }
        await unitOfWork.SaveChangesAsync(ct);
    }
}
