using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Ordering;

namespace LocalLife.Seeding;

/// <summary>A small menu for each demo store: the vertical's categories and a few products with specs, member prices and stock, created once.</summary>
public sealed class DemoMenuSeeder(IStoreRepository stores, IMenuAppService menu, IProductRepository products, IUnitOfWork unitOfWork)
{
    private sealed record DemoProduct(string Category, string Name, long PriceFen, long? MemberFen, int? Stock, int Prep, string[] Tags, SpecGroupDto[] Specs,
        bool Recommended = false);

    private static readonly SpecGroupDto Size = new("size", "杯型", true, false, [new("medium", "中杯", 0), new("large", "大杯", 500)]);
    private static readonly SpecGroupDto Ice = new("ice", "冰度", true, false, [new("normal", "正常冰", 0), new("less", "少冰", 0), new("none", "去冰", 0)]);
    private static readonly SpecGroupDto Sugar = new("sugar", "糖度", false, false, [new("full", "全糖", 0), new("half", "半糖", 0), new("none", "无糖", 0)]);

    private static readonly Dictionary<string, DemoProduct[]> Menus = new()
    {
        [CategoryCodes.Ktv] =
        [
            new("beer", "青岛纯生（6 瓶）", 16800, 14800, 60, 3, [ProductTags.Hot, ProductTags.Party, "sharing"], [], true),
            new("beer", "百威啤酒（12 瓶）", 28800, 25800, 40, 3, [ProductTags.Party, "sharing"], []),
            new("spirits", "芝华士 12 年", 98800, 88800, 10, 5, [ProductTags.Party, ProductTags.Business], []),
            new("soft-drinks", "鲜榨西瓜汁", 3800, 3200, null, 5, [ProductTags.New, "evening"], [Size, Ice]),
            new("fruit", "豪华果盘", 12800, 11800, 20, 10, [ProductTags.Hot, ProductTags.Party, "sharing"], [], true),
            new("snacks", "香辣鸡翅", 4800, 4200, 50, 12, ["spicy", "late-night"], []),
            new("nibbles", "开心果", 2800, null, 100, 1, [], []),
            new("services", "加时 1 小时", 8800, null, null, 0, [], []),
        ],
        [CategoryCodes.TeaHouse] =
        [
            new("tea", "明前龙井（壶）", 12800, 11800, null, 8, [ProductTags.Hot, ProductTags.Business, "afternoon"], [], true),
            new("tea", "安溪铁观音（壶）", 9800, 8800, null, 8, [ProductTags.Family], []),
            new("pastries", "桂花糕", 2800, 2400, 30, 5, [ProductTags.New, "afternoon"], []),
            new("nuts", "什锦干果盘", 3800, 3200, 40, 2, ["sharing"], []),
            new("light-meals", "片儿川", 3200, null, 30, 12, ["evening"], []),
            new("services", "续水", 0, null, null, 0, [], []),
        ],
        [CategoryCodes.Cafe] =
        [
            new("coffee", "美式咖啡", 2800, 2500, null, 4, [ProductTags.Hot, "morning"], [Size, Ice], true),
            new("coffee", "拿铁", 3200, 2900, null, 5, [ProductTags.Hot, ProductTags.Couple, "morning"], [Size, Ice, Sugar]),
            new("drinks", "芒果冰沙", 3600, 3200, null, 6, [ProductTags.New, "afternoon"], [Size, Sugar]),
            new("desserts", "提拉米苏", 3800, 3400, 20, 3, [ProductTags.Couple], []),
            new("light-meals", "牛油果三明治", 4200, 3800, 15, 10, ["morning", ProductTags.Business], []),
            new("services", "会议室投影设备", 0, null, null, 0, [], []),
        ],
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var store in await stores.GetListAsync(ct))
        {
            if (!Menus.TryGetValue(store.CategoryCode, out var demo) || (await products.GetCategoriesAsync(store.Id, ct)).Count > 0) continue;
            var categories = (await menu.ApplyTemplatesAsync(store.Id, ct)).ToDictionary(c => c.Code);
            var sort = 0;
            foreach (var p in demo)
            {
                await menu.CreateProductAsync(new SaveProductDto
                {
                    StoreId = store.Id, CategoryId = categories[p.Category].Id, Name = p.Name, Description = $"{p.Name}，本店招牌。",
                    PriceFen = p.PriceFen, MemberPriceFen = p.MemberFen, Stock = p.Stock, StockWarning = p.Stock is null ? 0 : 5, PrepMinutes = p.Prep,
                    Tags = p.Tags, Specs = p.Specs, Recommended = p.Recommended, Sort = sort += 10,
                }, ct);
            }
            await unitOfWork.SaveChangesAsync(ct);
        }
    }
}
