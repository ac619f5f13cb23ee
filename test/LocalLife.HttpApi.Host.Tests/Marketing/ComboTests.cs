using System.Net;
using LocalLife.Kitchen;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>User story 12: a combo priced below its items, shown with its item list, picked within its rules, taking stock from its contents.</summary>
[Collection(MarketingCollection.Name)]
public sealed class ComboTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    [Fact]
    public async Task A_party_combo_is_shown_with_its_items_and_saving_ordered_with_picks_and_takes_stock_of_what_it_is_made_of()
    {
        var ordering = _driver.Ordering;
        var category = await ordering.NewCategoryAsync(ApiFixture.KtvTenant);
        var beer = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 2_000, stock: 20, category: category, name: "啤酒");
        var fries = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 1_800, stock: 5, category: category, name: "薯条");
        var wings = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 3_200, stock: 5, category: category, name: "鸡翅");
        var fruit = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 4_800, category: category, name: "果盘");
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var definition = new ComboDefinitionDto([new ComboItemDto(beer.Id, 6)],
            [new ComboGroupDto("snacks", "小食二选一", 1, 1, [new ComboChoiceDto(fries.Id, 1, 0), new ComboChoiceDto(wings.Id, 1, 500)]),
             new ComboGroupDto("extras", "加购", 0, 1, [new ComboChoiceDto(fruit.Id, 1, 3_000)])], 4, 8);
        SaveProductDto Combo(long price) => new()
        {
            StoreId = category.StoreId, CategoryId = category.Id, Name = "欢唱聚会套餐", PriceFen = price, PrepMinutes = 0, Combo = definition,
        };

        // Not below what its contents cost one by one (6 × 20 + the cheapest snack, 18 = 138 yuan): refused.
        await (await manager.PostJsonAsync("/api/admin/menu/products", Combo(13_800))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.ComboNotCheaper);
        var combo = await (await manager.PostJsonAsync("/api/admin/menu/products", Combo(11_800))).ReadAsAsync<ProductDto>();
        combo.Combo!.ShouldSatisfyAllConditions(c => c.ComponentsRegularFen.ShouldBe(13_800), c => c.SavingFen.ShouldBe(2_000));

        var menu = await (await api.CreateClient().GetAsync($"/api/app/menu/stores/{category.StoreId}?categoryId={category.Id}")).ReadAsAsync<MenuDto>();
        var shown = menu.Categories.Single().Products.Single(p => p.Id == combo.Id).Combo!;
        shown.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Name.ShouldBe("啤酒"), i => i.Quantity.ShouldBe(6));
        shown.Groups.Select(g => g.Name).ShouldBe(["小食二选一", "加购"]);
        shown.SavingFen.ShouldBe(2_000);
        var wingsPick = shown.Groups[0].Choices.Single(c => c.ProductId == wings.Id).Pick;
        var fruitPick = shown.Groups[1].Choices.Single().Pick;

        var (space, token) = await ordering.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await ordering.Payments.CustomerAsync("sim-combo-order");
        var recommended = await (await customer.GetAsync($"/api/app/menu/spaces/{space.Id}/recommendations")).ReadAsAsync<RecommendationsDto>();
        if (definition.PartyMin <= recommended.PartySize && recommended.PartySize <= definition.PartyMax)
            recommended.OneTapProductIds.ShouldContain(combo.Id);

        await (await OrderingDriver.AddAsync(customer, space.Id, combo.Id, 1, [wingsPick, shown.Groups[0].Choices.Single(c => c.ProductId == fries.Id).Pick]))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidComboPicks); // two where one is allowed
        var cart = await (await OrderingDriver.AddAsync(customer, space.Id, combo.Id, 2, [wingsPick, fruitPick])).ReadAsAsync<CartDto>();
        cart.TotalFen.ShouldBe(2 * (11_800 + 500 + 3_000));
        cart.Lines.Single().OptionsText.ShouldContain("鸡翅");

        var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ReadAsAsync<OrderPlacedDto>();
        placed.Order.Lines.Single().Components.Select(c => (c.Name, c.Quantity)).ShouldBe([("啤酒", 6), ("鸡翅", 1), ("果盘", 1)], ignoreOrder: true);
        (await ordering.ProductAsync(ApiFixture.KtvTenant, beer.Id)).Stock.ShouldBe(8);
        (await ordering.ProductAsync(ApiFixture.KtvTenant, wings.Id)).Stock.ShouldBe(3);
        (await ordering.ProductAsync(ApiFixture.KtvTenant, fries.Id)).Stock.ShouldBe(5);

        await ordering.PayAsync(customer, placed.Order);
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostAsync($"/api/admin/orders/{placed.Order.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tickets = await (await desk.GetAsync($"/api/admin/kitchen/orders/{placed.Order.Id}/tickets")).ReadAsAsync<List<KitchenTicketDto>>();
        tickets.SelectMany(t => t.Items).Select(i => (i.Name, i.Quantity)).ShouldBe([("啤酒", 12), ("鸡翅", 2), ("果盘", 2)], ignoreOrder: true);

        // Cancelled: the contents go back to stock.
        var reject = await desk.PostJsonAsync($"/api/admin/orders/{placed.Order.Id}/reject", new RejectOrderDto { Reason = "测试" });
        reject.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ordering.ProductAsync(ApiFixture.KtvTenant, beer.Id)).Stock.ShouldBe(20);

        // Once one of its fixed items sells out, the combo shows as sold out and cannot be ordered.
        (await manager.PostJsonAsync($"/api/admin/menu/products/{beer.Id}/status", new ChangeProductStatusDto { Status = ProductStatus.SoldOut }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await (await api.CreateClient().GetAsync($"/api/app/menu/stores/{category.StoreId}?categoryId={category.Id}")).ReadAsAsync<MenuDto>();
        after.Categories.Single().Products.Single(p => p.Id == combo.Id).IsSoldOut.ShouldBeTrue();
        await (await OrderingDriver.AddAsync(customer, space.Id, combo.Id, 1, [wingsPick]))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.ComboComponentUnavailable);
    }

    [Fact]
    public async Task A_combo_is_made_of_the_store_s_own_ordinary_products()
    {
        var ordering = _driver.Ordering;
        var category = await ordering.NewCategoryAsync(ApiFixture.KtvTenant);
        var elsewhere = await ordering.NewProductAsync(ApiFixture.CafeTenant, priceFen: 9_000);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var input = new SaveProductDto
        {
            StoreId = category.StoreId, CategoryId = category.Id, Name = "跨店套餐", PriceFen = 1_000,
            Combo = new ComboDefinitionDto([new ComboItemDto(elsewhere.Id, 1)], [], 1, 2),
        };
        (await manager.PostJsonAsync("/api/admin/menu/products", input)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var specs = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 9_000, category: category);
        await (await manager.PostJsonAsync("/api/admin/menu/products", input with
        {
            Combo = new ComboDefinitionDto([new ComboItemDto(specs.Id, 1)], [], 1, 2), Specs = [OrderingDriver.Size],
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidCombo);
    }
}
