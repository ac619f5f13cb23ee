using LocalLife.Catalog;
using LocalLife.Loyalty;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Ordering;

/// <summary>A café with one room and a menu, and orders placed through the order manager as checkout places them.</summary>
internal sealed class OrderTestData
{
    // Wednesday 2026-11-25 12:00 in Shanghai.
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);
    public static readonly Membership Member = new(LoyaltySettings.DefaultLevels[0], 0);

    public OrderTestData()
    {
        Store = new Store(Guid.NewGuid(), Guid.NewGuid(), "cafe", new StoreProfile("s", "a", null, null, []), new GeoPoint(30, 120),
            Store.DefaultTimeZone, OpeningHours.Daily(new(8, 0), new(23, 0)), [new SpaceTypeOption("booth", SpaceKind.Booth, "卡座", "Booth")], 30);
        Space = new Space(Guid.NewGuid(), Store, "B1", new SpaceDetails("B1", "booth", 1, 4, [], [], null), new FloorPosition(1, 0, 0),
            new SpacePricing(0, 0, []), 0);
        Category = new ProductCategory(Guid.NewGuid(), Store.TenantId!.Value, Store.Id, "coffee", "咖啡", "Coffee", Station.Bar, 1);
        Latte = NewProduct("拿铁", 3_000, member: 2_600, prep: 5);
        Cake = NewProduct("蛋糕", 2_000, member: null, prep: 12, stock: 3);
    }

    public Store Store { get; }
    public Space Space { get; }
    public ProductCategory Category { get; }
    public Product Latte { get; }
    public Product Cake { get; }

    public Product NewProduct(string name, long price, long? member, int prep, int? stock = null) =>
        new(Guid.NewGuid(), Category, new ProductDetails(name, null, null, [], [], prep, null, false, 0), new ProductPrices(price, null, member, null, null),
            [], stock, 0, Now);

    public Cart NewCart(params (Product Product, int Quantity)[] lines)
    {
        var cart = new Cart(Guid.NewGuid(), Store.TenantId!.Value, Store.Id, Space.Id, Guid.NewGuid(), Now);
        foreach (var (product, quantity) in lines) cart.Add(product, [], quantity, product.UnitPrice([], true, Now).Charged, null, Now);
        return cart;
    }

    public IReadOnlyList<PricedLine> Price(Cart cart, Membership? membership = null) =>
        CartPricer.Price(cart, new[] { Latte, Cake }.ToDictionary(p => p.Id), membership ?? Member, Now);

    /// <summary>An order of the cart as checkout places it: priced for the member, points as given.</summary>
    public Order Place(Cart cart, long points = 0, Membership? membership = null, Guid? bookingId = null)
    {
        var priced = Price(cart, membership);
        var manager = new OrderManager();
        var items = manager.CheckOut(Store, priced, null, Now);
        return manager.Create(Store, Space, cart.CustomerId, membership ?? Member, bookingId, priced, new Dictionary<Guid, string> { [Category.Id] = "coffee" },
            PayableAmount.Of(items).WithPoints(points, points), [], null, Now);
    }
}
