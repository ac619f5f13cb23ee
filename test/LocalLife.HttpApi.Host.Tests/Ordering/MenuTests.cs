using System.Net;

namespace LocalLife.Ordering;

/// <summary>The merchant's menu and what customers see of it.</summary>
[Collection(WeChatCollection.Name)]
public sealed class MenuTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task Templates_create_the_verticals_categories_once_with_their_stations()
    {
        var manager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");
        var store = await _driver.Bookings.StoreAsync(ApiFixture.TeaTenant);

        var first = await (await manager.PostAsync($"/api/admin/menu/stores/{store.Id}/categories/apply-templates", null)).ReadAsAsync<List<ProductCategoryDto>>();
        var again = await (await manager.PostAsync($"/api/admin/menu/stores/{store.Id}/categories/apply-templates", null)).ReadAsAsync<List<ProductCategoryDto>>();

        again.Count.ShouldBe(first.Count);
        first.Select(c => c.Code).ShouldBeSubsetOf(again.Select(c => c.Code));
        foreach (var code in new[] { "tea", "pastries", "nuts", "light-meals", "tea-ware", "services" }) first.ShouldContain(c => c.Code == code);
        first.Single(c => c.Code == "tea").Station.ShouldBe(Station.Bar);
        first.Single(c => c.Code == "pastries").Station.ShouldBe(Station.Kitchen);
        first.Single(c => c.Code == "services").Station.ShouldBe(Station.Service);
    }

    [Fact]
    public async Task A_product_with_specs_member_price_and_stock_shows_on_the_menu_at_the_price_each_visitor_pays()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 3000, memberFen: 2600, stock: 8, specs: [OrderingDriver.Size], stockWarning: 2,
            tags: ["hot", "party"]);
        product.Station.ShouldBe(Station.Bar);
        product.IsSoldOut.ShouldBeFalse();

        var menu = await (await api.CreateClient().GetAsync($"/api/app/menu/stores/{product.StoreId}")).ReadAsAsync<MenuDto>();
        var shown = menu.Categories.SelectMany(c => c.Products).Single(p => p.Id == product.Id);
        shown.PriceFen.ShouldBe(3000);
        shown.MemberPriceFen.ShouldBe(2600);
        shown.YourPriceFen.ShouldBe(3000); // not signed in: the member price is shown, not charged
        shown.StockLeft.ShouldBe(8);
        shown.Specs.ShouldHaveSingleItem().Options.Select(o => o.DeltaFen).ShouldBe([0L, 500L]);
        shown.Tags.ShouldBe(["hot", "party"]);

        var (member, _) = await _driver.Payments.CustomerAsync("sim-menu-member");
        var searched = await (await member.GetAsync($"/api/app/menu/stores/{product.StoreId}?keyword={Uri.EscapeDataString(product.Name)}")).ReadAsAsync<MenuDto>();
        var mine = searched.Categories.SelectMany(c => c.Products).ShouldHaveSingleItem();
        mine.Id.ShouldBe(product.Id);
        mine.YourPriceFen.ShouldBe(2600); // a signed-in customer's entry level has the member-price perk by default
    }

    [Fact]
    public async Task Sold_out_products_show_as_such_and_paused_ones_are_hidden()
    {
        var category = await _driver.NewCategoryAsync(ApiFixture.KtvTenant);
        var soldOut = await _driver.NewProductAsync(ApiFixture.KtvTenant, stock: 0, category: category);
        var paused = await _driver.NewProductAsync(ApiFixture.KtvTenant, category: category);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync($"/api/admin/menu/products/{paused.Id}/status", new ChangeProductStatusDto { Status = ProductStatus.Paused }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var menu = await (await api.CreateClient().GetAsync($"/api/app/menu/stores/{category.StoreId}?categoryId={category.Id}")).ReadAsAsync<MenuDto>();
        var products = menu.Categories.ShouldHaveSingleItem().Products;
        products.ShouldHaveSingleItem().Id.ShouldBe(soldOut.Id);
        products[0].IsSoldOut.ShouldBeTrue();
    }

    [Fact]
    public async Task Moving_a_category_to_another_station_moves_its_products_except_those_with_a_station_of_their_own()
    {
        var category = await _driver.NewCategoryAsync(ApiFixture.KtvTenant, Station.Bar);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var follows = await _driver.NewProductAsync(ApiFixture.KtvTenant, category: category, name: "薯条");
        var own = await (await manager.PostJsonAsync("/api/admin/menu/products", new SaveProductDto
        {
            StoreId = category.StoreId, CategoryId = category.Id, Name = "热毛巾", PriceFen = 100, Station = Station.Service,
        })).ReadAsAsync<ProductDto>();
        follows.Station.ShouldBe(Station.Bar);

        (await manager.PutJsonAsync($"/api/admin/menu/categories/{category.Id}", new UpdateProductCategoryDto
        {
            NameZhHans = category.NameZhHans, NameEn = category.NameEn, Station = Station.Kitchen, Sort = category.Sort,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var products = await (await manager.GetAsync($"/api/admin/menu/products?storeId={category.StoreId}&categoryId={category.Id}")).ReadAsAsync<List<ProductDto>>();
        products.Single(p => p.Id == follows.Id).Station.ShouldBe(Station.Kitchen);
        products.Single(p => p.Id == own.Id).ShouldSatisfyAllConditions(p => p.Station.ShouldBe(Station.Service), p => p.OwnStation.ShouldBe(Station.Service));
    }

    [Fact]
    public async Task Bad_products_are_refused_with_field_errors_or_rule_codes_and_change_nothing()
    {
        var category = await _driver.NewCategoryAsync(ApiFixture.KtvTenant);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var valid = new SaveProductDto { StoreId = category.StoreId, CategoryId = category.Id, Name = "可乐", PriceFen = 800 };

        await (await manager.PostJsonAsync("/api/admin/menu/products", valid with { Name = "", PriceFen = -1 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        await (await manager.PostJsonAsync("/api/admin/menu/products", valid with { MemberPriceFen = 900 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        await (await manager.PostJsonAsync("/api/admin/menu/products", valid with
            {
                Specs = [new SpecGroupDto("size", "杯型", true, false, [new("a", "A", 0), new("a", "A2", 100)])],
            }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidSpecs);
        await (await manager.PostJsonAsync("/api/admin/menu/categories", new CreateProductCategoryDto
            {
                StoreId = category.StoreId, Code = category.Code, NameZhHans = "重复", NameEn = "Dup",
            }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.DuplicateCategoryCode);

        var products = await (await manager.GetAsync($"/api/admin/menu/products?storeId={category.StoreId}&categoryId={category.Id}")).ReadAsAsync<List<ProductDto>>();
        products.ShouldBeEmpty();
        (await manager.DeleteAsync($"/api/admin/menu/categories/{category.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Another_merchants_products_and_categories_are_not_found_and_kitchen_staff_cannot_edit_the_menu()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant);
        var teaManager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");

        await (await teaManager.GetAsync($"/api/admin/menu/products/{product.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await teaManager.PostJsonAsync($"/api/admin/menu/products/{product.Id}/stock", new ChangeStockDto { Kind = StockChangeKind.Track, Quantity = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
        await (await teaManager.GetAsync($"/api/admin/menu/stores/{product.StoreId}/categories")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");

        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        (await kitchen.PutJsonAsync($"/api/admin/menu/products/{product.Id}", new SaveProductDto
        {
            StoreId = product.StoreId, CategoryId = product.CategoryId, Name = "改名", PriceFen = 1,
        })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kitchen.PostJsonAsync($"/api/admin/menu/products/{product.Id}/status", new ChangeProductStatusDto { Status = ProductStatus.SoldOut }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Stock_is_replenished_adjusted_and_every_movement_is_in_the_history()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, stock: 3, stockWarning: 5);
        product.StockLow.ShouldBeTrue();
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");

        var replenished = await (await frontDesk.PostJsonAsync($"/api/admin/menu/products/{product.Id}/stock",
            new ChangeStockDto { Kind = StockChangeKind.Replenish, Quantity = 10, Note = "到货" })).ReadAsAsync<ProductDto>();
        replenished.Stock.ShouldBe(13);
        replenished.StockLow.ShouldBeFalse();
        var adjusted = await (await frontDesk.PostJsonAsync($"/api/admin/menu/products/{product.Id}/stock",
            new ChangeStockDto { Kind = StockChangeKind.Adjust, Quantity = 4, Note = "盘点" })).ReadAsAsync<ProductDto>();
        adjusted.Stock.ShouldBe(4);
        await (await frontDesk.PostJsonAsync($"/api/admin/menu/products/{product.Id}/stock", new ChangeStockDto { Kind = StockChangeKind.Replenish, Quantity = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidStockChange);

        var history = await (await frontDesk.GetAsync($"/api/admin/menu/products/{product.Id}/stock-movements")).ReadAsAsync<List<StockMovementDto>>();
        history.Select(m => (m.Kind, m.Delta, m.StockAfter)).ShouldBe([(StockMovementKind.Adjust, -9, 4), (StockMovementKind.Replenish, 10, 13)]);
        var low = await (await frontDesk.GetAsync($"/api/admin/menu/products?storeId={product.StoreId}&lowStockOnly=true")).ReadAsAsync<List<ProductDto>>();
        low.ShouldContain(p => p.Id == product.Id);
    }

    [Fact]
    public async Task A_promotion_that_has_already_ended_is_refused_with_its_code_and_adds_no_product()
    {
        var category = await _driver.NewCategoryAsync(ApiFixture.KtvTenant);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var input = new SaveProductDto
        {
            StoreId = category.StoreId, CategoryId = category.Id, Name = "过期促销", PriceFen = 1000, PromotionPriceFen = 800,
            PromotionEndsAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        };

        await (await manager.PostJsonAsync("/api/admin/menu/products", input))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.PromotionAlreadyEnded);
        (await (await manager.GetAsync($"/api/admin/menu/products?storeId={category.StoreId}&categoryId={category.Id}")).ReadAsAsync<List<ProductDto>>())
            .ShouldBeEmpty();

        var product = await (await manager.PostJsonAsync("/api/admin/menu/products", input with { PromotionEndsAt = DateTimeOffset.UtcNow.AddDays(1) })).ReadAsAsync<ProductDto>();
        await (await manager.PutJsonAsync($"/api/admin/menu/products/{product.Id}", input))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.PromotionAlreadyEnded);
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).PromotionEndsAt.ShouldBe(product.PromotionEndsAt);
    }
}
