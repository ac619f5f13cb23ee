using LocalLife.Catalog;
using LocalLife.Spaces;

namespace LocalLife.Ordering;

/// <summary>What to order now in this space, with the reason, and the one-tap set.</summary>
[Collection(WeChatCollection.Name)]
public sealed class RecommendationTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task A_party_room_gets_party_products_and_this_weeks_best_seller_with_their_reasons_and_the_set_goes_into_the_cart_at_once()
    {
        // A store of its own, so other tests' sales and products do not change what is recommended.
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var (lat, lng) = CatalogTestData.RandomSpot();
        var store = await manager.CreateStoreAsync(CatalogTestData.NewStore(lat, lng, name: "推荐测试店"));
        var category = await (await manager.PostJsonAsync("/api/admin/menu/categories", new CreateProductCategoryDto
        {
            StoreId = store.Id, Code = "drinks", NameZhHans = "酒水", NameEn = "Drinks",
        })).ReadAsAsync<ProductCategoryDto>();
        var party = await _driver.NewProductAsync(ApiFixture.KtvTenant, category: category, name: "派对啤酒桶", tags: ["party", "sharing"]);
        var bestSeller = await _driver.NewProductAsync(ApiFixture.KtvTenant, category: category, name: "招牌果汁");
        var plain = await _driver.NewProductAsync(ApiFixture.KtvTenant, category: category, name: "矿泉水");
        var room = await manager.CreateSpaceAsync(store.Id, CatalogTestData.NewSpace("P1", min: 6, max: 12));
        var token = await _driver.TokenAsync(ApiFixture.KtvTenant, room.Id);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-recommend");
        await _driver.OrderAndPayAsync(customer, room.Id, token, bestSeller.Id, 3);

        var recommended = await (await api.CreateClient().GetAsync($"/api/app/menu/spaces/{room.Id}/recommendations")).ReadAsAsync<RecommendationsDto>();

        recommended.Items.Select(i => i.Product.Id).ShouldNotContain(plain.Id);
        var partyItem = recommended.Items.Single(i => i.Product.Id == party.Id);
        partyItem.Reason.ShouldBe("occasion-party");
        partyItem.ReasonZhHans.ShouldBe("适合聚会");
        partyItem.SuggestedQuantity.ShouldBe(4); // sharing: one per three guests of a 12-person room
        var hot = recommended.Items.Single(i => i.Product.Id == bestSeller.Id);
        hot.Reason.ShouldBe("hot");
        hot.ReasonEn.ShouldBe("Best seller here");
        recommended.TimeOfDay.ShouldBeOneOf("morning", "afternoon", "evening", "late-night");

        var cart = await (await customer.PostJsonAsync($"/api/app/carts/{room.Id}/recommended",
            new AddRecommendedSetDto { ProductIds = recommended.Items.Select(i => i.Product.Id).ToList() })).ReadAsAsync<CartDto>();
        cart.Lines.Select(l => l.ProductId).ShouldBe(recommended.Items.Select(i => i.Product.Id), ignoreOrder: true);
    }
}
