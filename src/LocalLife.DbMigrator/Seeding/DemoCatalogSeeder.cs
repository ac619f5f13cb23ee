using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Spaces;
using LocalLife.Tenancy;

namespace LocalLife.Seeding;

/// <summary>One demo store per demo merchant, with rooms or booths, prices and hours, created once.</summary>
public sealed class DemoCatalogSeeder(StoreManager storeManager, SpaceManager spaceManager, IStoreRepository stores, ISpaceRepository spaces, IUnitOfWork unitOfWork)
{
    private sealed record DemoSpace(string Number, string Name, string Type, int Min, int Max, long BaseFen, long? EveningFen, string[] Facilities, int X, int Y);

    private static readonly Dictionary<string, (string Name, string Address, double Lat, double Lng, TimeOnly Open, TimeOnly Close, int Deposit, DemoSpace[] Spaces)> Stores = new()
    {
        [CategoryCodes.Ktv] = ("星光KTV 国贸店", "北京市朝阳区建国门外大街 1 号", 39.9087, 116.4605, new(12, 0), new(2, 0), 30,
        [
            new("A01", "小包 A01", "small", 2, 6, 8800, 15800, ["大屏幕", "点歌系统"], 1, 1),
            new("A02", "小包 A02", "small", 2, 6, 8800, 15800, ["大屏幕", "点歌系统"], 2, 1),
            new("B01", "中包 B01", "medium", 6, 12, 16800, 26800, ["大屏幕", "点歌系统", "专业音响"], 4, 1),
            new("C01", "大包 C01", "large", 10, 20, 26800, 38800, ["双屏幕", "专业音响", "舞台灯光"], 6, 2),
            new("V01", "豪华包 V01", "deluxe", 8, 16, 38800, 58800, ["巨幕", "专业音响", "独立卫生间"], 8, 3),
        ]),
        [CategoryCodes.TeaHouse] = ("清风茶楼 西湖店", "杭州市西湖区北山街 8 号", 30.2592, 120.1300, new(9, 0), new(23, 0), 20,
        [
            new("Y01", "听雨轩", "room-small", 2, 6, 12800, null, ["茶台", "古琴"], 1, 1),
            new("Y02", "观山阁", "room-large", 6, 12, 22800, null, ["茶台", "景观窗"], 3, 1),
            new("M01", "雀友间", "mahjong", 4, 4, 16800, 19800, ["自动麻将桌", "茶台"], 5, 1),
            new("K01", "临窗卡座 1", "window", 2, 4, 3800, null, ["茶台"], 1, 4),
        ]),
        [CategoryCodes.Cafe] = ("拾光咖啡 静安店", "上海市静安区南京西路 1000 号", 31.2304, 121.4737, new(8, 0), new(22, 0), 0,
        [
            new("W1", "窗边座 W1", "window", 1, 2, 0, null, ["插座"], 1, 1),
            new("W2", "窗边座 W2", "window", 1, 2, 0, null, ["插座"], 2, 1),
            new("Q1", "安静区 Q1", "quiet", 1, 4, 0, null, ["插座", "台灯"], 4, 2),
            new("S1", "社交区 S1", "social", 4, 8, 0, null, ["长桌"], 6, 2),
            new("M1", "会议室", "meeting", 4, 10, 9900, null, ["投影", "白板"], 8, 3),
        ]),
    };

    public async Task SeedAsync(Tenant tenant, CancellationToken ct)
    {
        if ((await stores.GetListAsync(ct)).Count > 0) return;
        var category = tenant.EnabledCategories.Single();
        var (name, address, lat, lng, open, close, deposit, demoSpaces) = Stores[category];
        var store = await storeManager.CreateAsync(tenant.Id, category, new StoreProfile(name, address, "010-88886666", $"{name}：LocalLife 演示门店。", []),
            new GeoPoint(lat, lng), Store.DefaultTimeZone, OpeningHours.Daily(open, close), deposit, ct);
        await stores.InsertAsync(store, ct);
        foreach (var s in demoSpaces)
        {
            PriceRule[] rules = s.EveningFen is { } evening ? [new PriceRule(PriceRuleKind.TimeSlot, [], new TimeOnly(18, 0), new TimeOnly(2, 0), evening)] : [];
            var space = await spaceManager.CreateAsync(store, s.Number,
                new SpaceDetails(s.Name, s.Type, s.Min, s.Max, s.Facilities, [], null), new FloorPosition(1, s.X, s.Y),
                new SpacePricing(s.BaseFen, 0, rules), null, ct);
            await spaces.InsertAsync(space, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
    }
}
