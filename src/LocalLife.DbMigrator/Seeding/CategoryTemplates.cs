using LocalLife.Catalog;
using LocalLife.Spaces;

namespace LocalLife.Seeding;

/// <summary>
/// The starting space types and menu categories of each seeded category (requirements §5.1.3 and §5.9.2).
/// They are data: operators change them, and a new category brings its own without code.
/// </summary>
public static class CategoryTemplates
{
    public static IReadOnlyList<SpaceTypeOption> SpaceTypes(string category) => category switch
    {
        CategoryCodes.Ktv =>
        [
            new("small", SpaceKind.Room, "小包", "Small room"), new("medium", SpaceKind.Room, "中包", "Medium room"),
            new("large", SpaceKind.Room, "大包", "Large room"), new("deluxe", SpaceKind.Room, "豪华包", "Deluxe room"),
            new("themed", SpaceKind.Room, "主题包", "Themed room"),
        ],
        CategoryCodes.TeaHouse =>
        [
            new("room-small", SpaceKind.Room, "小雅间", "Small private room"), new("room-large", SpaceKind.Room, "大雅间", "Large private room"),
            new("mahjong", SpaceKind.Room, "棋牌间", "Mahjong room"), new("window", SpaceKind.Booth, "窗边卡座", "Window booth"),
            new("quiet", SpaceKind.Booth, "安静区卡座", "Quiet booth"),
        ],
        CategoryCodes.Cafe =>
        [
            new("window", SpaceKind.Booth, "窗边座", "Window seat"), new("quiet", SpaceKind.Booth, "安静区", "Quiet zone"),
            new("social", SpaceKind.Booth, "社交区", "Social zone"), new("meeting", SpaceKind.Room, "会议室", "Meeting room"),
        ],
        CategoryCodes.Beauty => [new("bed", SpaceKind.Station, "美容床位", "Treatment bed"), new("suite", SpaceKind.Room, "VIP 护理间", "VIP suite")],
        CategoryCodes.Nails => [new("station", SpaceKind.Station, "美甲位", "Nail station")],
        CategoryCodes.Dining => [new("table-2", SpaceKind.Table, "二人桌", "Table for two"), new("table-4", SpaceKind.Table, "四人桌", "Table for four"),
            new("private", SpaceKind.Room, "包间", "Private room")],
        _ => [],
    };

    public static IReadOnlyList<ProductCategoryTemplate> ProductCategories(string category) => category switch
    {
        CategoryCodes.Ktv =>
        [
            new("drinks", "酒水", "Drinks", "bar"), new("spirits", "洋酒", "Spirits", "bar"), new("beer", "啤酒", "Beer", "bar"),
            new("wine", "红酒", "Wine", "bar"), new("soft-drinks", "饮料", "Soft drinks", "bar"), new("snacks", "小食", "Snacks", "kitchen"),
            new("nibbles", "零食", "Nibbles", "bar"), new("fruit", "果盘", "Fruit platters", "kitchen"), new("services", "服务类", "Services", "service"),
        ],
        CategoryCodes.TeaHouse =>
        [
            new("tea", "茶叶", "Teas", "bar"), new("pastries", "茶点", "Pastries", "kitchen"), new("nuts", "干果", "Nuts", "bar"),
            new("light-meals", "轻食", "Light meals", "kitchen"), new("tea-ware", "茶具", "Tea ware", "service"), new("services", "服务类", "Services", "service"),
        ],
        CategoryCodes.Cafe =>
        [
            new("coffee", "咖啡", "Coffee", "bar"), new("drinks", "饮品", "Drinks", "bar"), new("light-meals", "轻食", "Light meals", "kitchen"),
            new("desserts", "甜点", "Desserts", "kitchen"), new("set-meals", "简餐", "Set meals", "kitchen"), new("services", "服务类", "Services", "service"),
        ],
        _ => [],
    };
}
