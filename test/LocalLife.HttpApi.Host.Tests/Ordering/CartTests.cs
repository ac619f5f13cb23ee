using System.Net;

namespace LocalLife.Ordering;

/// <summary>The customer's server-side cart: options with price deltas, member prices, quantities, and changes noticed before checkout.</summary>
[Collection(WeChatCollection.Name)]
public sealed class CartTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task Lines_with_options_are_priced_live_merged_changed_and_removed()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 3000, memberFen: 2600, specs: [OrderingDriver.Size, OrderingDriver.Ice]);
        var (space, _) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-cart-lines");

        var cart = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2, ["size:large", "ice:less"], "少放冰")).ReadAsAsync<CartDto>();
        cart.Lines.ShouldHaveSingleItem().UnitPriceFen.ShouldBe(3100);
        cart.Lines[0].OptionsText.ShouldBe("大杯 / 少冰");
        cart.TotalFen.ShouldBe(6200);
        cart.RegularFen.ShouldBe(7000);
        cart.SavedFen.ShouldBe(800);
        cart.ItemCount.ShouldBe(2);

        // The same choice in another order joins the line; another choice is a new line.
        cart = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1, ["ice:less", "size:large"], "少放冰")).ReadAsAsync<CartDto>();
        cart.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(3);
        cart = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1, ["size:medium"])).ReadAsAsync<CartDto>();
        cart.Lines.Count.ShouldBe(2);
        cart.TotalFen.ShouldBe(3 * 3100 + 2600);

        var first = cart.Lines[0].Id;
        cart = await (await customer.PutJsonAsync($"/api/app/carts/{space.Id}/lines/{first}", new ChangeCartLineDto { Quantity = 1 })).ReadAsAsync<CartDto>();
        cart.TotalFen.ShouldBe(3100 + 2600);
        cart = await (await customer.DeleteAsync($"/api/app/carts/{space.Id}/lines/{first}")).ReadAsAsync<CartDto>();
        cart.Lines.ShouldHaveSingleItem().OptionsText.ShouldBe("中杯");
        (await (await customer.GetAsync($"/api/app/carts/{space.Id}")).ReadAsAsync<CartDto>()).TotalFen.ShouldBe(2600);
    }

    [Fact]
    public async Task Bad_options_sold_out_products_and_too_many_units_are_refused()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, stock: 2, specs: [OrderingDriver.Size]);
        var soldOut = await _driver.NewProductAsync(ApiFixture.KtvTenant, stock: 0);
        var (space, _) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-cart-refusals");

        await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1, [])).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidOptions);
        await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1, ["size:huge"])).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidOptions);
        await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1, ["size:medium", "size:large"]))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrderingErrorCodes.InvalidOptions);
        await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 3, ["size:medium"])).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.OutOfStock);
        await (await OrderingDriver.AddAsync(customer, space.Id, soldOut.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.ProductUnavailable);
        await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 0, ["size:medium"])).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        // A product of another merchant is not found in this store's cart.
        var teaProduct = await _driver.NewProductAsync(ApiFixture.TeaTenant);
        await (await OrderingDriver.AddAsync(customer, space.Id, teaProduct.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");

        (await (await customer.GetAsync($"/api/app/carts/{space.Id}")).ReadAsAsync<CartDto>()).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cart_whose_product_went_sold_out_or_changed_price_says_so_and_checkout_is_refused_until_reviewed()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 2000);
        var other = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 1000);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-cart-changes");
        await OrderingDriver.AddAsync(customer, space.Id, product.Id);
        await OrderingDriver.AddAsync(customer, space.Id, other.Id);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        (await manager.PutJsonAsync($"/api/admin/menu/products/{product.Id}", new SaveProductDto
        {
            StoreId = product.StoreId, CategoryId = product.CategoryId, Name = product.Name, PriceFen = 2500,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJsonAsync($"/api/admin/menu/products/{other.Id}/status", new ChangeProductStatusDto { Status = ProductStatus.SoldOut }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var cart = await (await customer.GetAsync($"/api/app/carts/{space.Id}")).ReadAsAsync<CartDto>();
        cart.HasChanges.ShouldBeTrue();
        cart.Lines.Single(l => l.ProductId == product.Id).ShouldSatisfyAllConditions(l => l.PriceChanged.ShouldBeTrue(), l => l.CurrentUnitPriceFen.ShouldBe(2500));
        cart.Lines.Single(l => l.ProductId == other.Id).Available.ShouldBeFalse();
        cart.TotalFen.ShouldBe(2500);
        await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.CartChanged);

        await customer.DeleteAsync($"/api/app/carts/{space.Id}/lines/{cart.Lines.Single(l => l.ProductId == other.Id).Id}");
        await (await OrderingDriver.PlaceAsync(customer, space.Id, token, expectedTotalFen: 2000)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderingErrorCodes.CartChanged);
        var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token, expectedTotalFen: 2500)).ReadAsAsync<OrderPlacedDto>();
        placed.Order.TotalFen.ShouldBe(2500);
        (await (await customer.GetAsync($"/api/app/carts/{space.Id}")).ReadAsAsync<CartDto>()).Lines.ShouldBeEmpty();
    }
}
