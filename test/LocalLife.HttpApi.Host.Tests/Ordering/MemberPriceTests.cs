using LocalLife.Loyalty;

namespace LocalLife.Ordering;

/// <summary>Member prices are a perk of member levels: customers of a level without it see them and pay the regular price.</summary>
[Collection(WeChatCollection.Name)]
public sealed class MemberPriceTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task A_customer_whose_level_lacks_the_member_price_perk_pays_the_regular_price_in_cart_and_order()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 3000, memberFen: 2600);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-member-price");

        var member = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
        member.TotalFen.ShouldBe(2600);

        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/loyalty/settings")).ReadAsAsync<LoyaltySettingsDto>();
        settings.Levels.ShouldAllBe(l => l.MemberPrices);
        await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { Levels = [settings.Levels[0] with { MemberPrices = false }, .. settings.Levels.Skip(1)] });
        try
        {
            var cart = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1)).ReadAsAsync<CartDto>();
            cart.TotalFen.ShouldBe(3000);
            cart.SavedFen.ShouldBe(0);
            var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ReadAsAsync<OrderPlacedDto>();
            placed.Order.TotalFen.ShouldBe(3000);
            placed.Order.Lines.ShouldHaveSingleItem().UnitPriceFen.ShouldBe(3000);
        }
        finally
        {
            await admin.PutJsonAsync("/api/host/loyalty/settings", settings);
        }
    }
}
