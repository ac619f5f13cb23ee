using LocalLife.Errors;
using LocalLife.Kitchen;
using LocalLife.Ordering;
using LocalLife.Payments;

namespace LocalLife.Marketing;

public sealed class ComboTests
{
    private static readonly DateTimeOffset Now = OrderTestData.Now;
    private readonly OrderTestData _data = new();

    /// <summary>An afternoon-tea set: two lattes, and two of three snacks (the cake among them), for 2–4 people.</summary>
    private (Product Combo, Product Cookie, Product Nuts) AfternoonTea(long priceFen = 9_000)
    {
        var cookie = _data.NewProduct("曲奇", 1_500, null, prep: 3);
        var nuts = _data.NewProduct("坚果", 1_800, null, prep: 1);
        var combo = _data.NewProduct("下午茶套餐", priceFen, null, prep: 0);
        combo.SetCombo(new ComboDefinition([new ComboItem(_data.Latte.Id, 2)],
            [new ComboGroup("snacks", "小食", 2, 2, [new ComboChoice(_data.Cake.Id, 1, 0), new ComboChoice(cookie.Id, 1, 0), new ComboChoice(nuts.Id, 2, 300)])],
            2, 4));
        return (combo, cookie, nuts);
    }

    private IReadOnlyDictionary<Guid, Product> All(params Product[] more) => new[] { _data.Latte, _data.Cake }.Concat(more).ToDictionary(p => p.Id);

    [Fact]
    public void Picks_must_meet_each_group_and_name_only_its_choices()
    {
        var (combo, cookie, nuts) = AfternoonTea();
        var definition = combo.Combo!;
        string Pick(Product p) => $"snacks:{p.Id:N}";
        definition.Resolve([Pick(cookie), Pick(nuts)], _ => "x").Sum(p => p.ExtraFen).ShouldBe(300);
        Should.Throw<BusinessException>(() => definition.Resolve([Pick(cookie)], _ => "x")).Code.ShouldBe(MarketingErrorCodes.InvalidComboPicks);
        Should.Throw<BusinessException>(() => definition.Resolve([Pick(cookie), Pick(nuts), Pick(_data.Cake)], _ => "x")).Code.ShouldBe(MarketingErrorCodes.InvalidComboPicks);
        Should.Throw<BusinessException>(() => definition.Resolve([Pick(cookie), $"snacks:{_data.Latte.Id:N}"], _ => "x")).Code.ShouldBe(MarketingErrorCodes.InvalidComboPicks);
        definition.Resolve([Pick(nuts), Pick(cookie)], _ => "x").Select(p => p.ProductId)
            .ShouldBe(definition.Resolve([Pick(cookie), Pick(nuts)], _ => "x").Select(p => p.ProductId)); // the same line whatever the order
        definition.DefaultPicks().ShouldBe([Pick(_data.Cake), Pick(cookie)]);
        definition.FitsParty(4).ShouldBeTrue();
        definition.FitsParty(5).ShouldBeFalse();
    }

    [Fact]
    public void What_the_contents_cost_one_by_one_counts_the_cheapest_picks_that_meet_each_group()
    {
        var (combo, cookie, nuts) = AfternoonTea();
        // 2 × 30 (latte) + the two cheapest snack picks: cookie 15 + cake 20 (nuts would be 2 × 18).
        combo.Combo!.ComponentsRegularFen(All(cookie, nuts).ToDictionary(p => p.Key, p => p.Value.Prices.PriceFen)).ShouldBe(9_500);
    }

    [Theory]
    [InlineData(0, 0)] // nothing can be picked
    [InlineData(3, 3)] // more to pick than there are choices
    [InlineData(2, 1)] // a maximum below the minimum
    public void Groups_that_cannot_be_met_are_refused(int min, int max) =>
        Should.Throw<BusinessException>(() =>
                new ComboDefinition([], [new ComboGroup("g", "G", min, max, [new ComboChoice(Guid.NewGuid(), 1, 0), new ComboChoice(Guid.NewGuid(), 1, 0)])], 1, 2)
                    .Validate())
            .Code.ShouldBe(MarketingErrorCodes.InvalidCombo);

    [Fact]
    public void A_combo_is_priced_with_its_extras_and_only_available_while_its_contents_are_counted_over_the_whole_cart()
    {
        var (combo, cookie, nuts) = AfternoonTea();
        _data.Cake.SetCounted(3);
        var cart = _data.NewCart();
        cart.AddCombo(combo, combo.Combo!.Resolve([$"snacks:{cookie.Id:N}", $"snacks:{nuts.Id:N}"], _ => "x"), 1, 9_300, null, Now);
        var priced = CartPricer.Price(cart, All(combo, cookie, nuts), OrderTestData.Member, Now).Single();
        priced.ShouldSatisfyAllConditions(p => p.Available.ShouldBeTrue(), p => p.UnitFen.ShouldBe(9_300), p => p.Components.Count.ShouldBe(3));

        var withCake = _data.NewCart((_data.Cake, 2));
        withCake.AddCombo(combo, combo.Combo!.Resolve([$"snacks:{cookie.Id:N}", $"snacks:{_data.Cake.Id:N}"], _ => "x"), 2, 9_000, null, Now);
        // 2 cakes on their own and 2 in the combos: 4 wanted, 3 left.
        CartPricer.Price(withCake, All(combo, cookie, nuts), OrderTestData.Member, Now).ShouldAllBe(p => !p.Available);

        cookie.SetStatus(ProductStatus.SoldOut);
        CartPricer.Price(cart, All(combo, cookie, nuts), OrderTestData.Member, Now).Single().Available.ShouldBeFalse();
    }

    [Fact]
    public void An_ordered_combo_takes_stock_of_its_contents_and_each_is_made_at_its_own_station()
    {
        var (combo, cookie, nuts) = AfternoonTea();
        var cart = _data.NewCart();
        cart.AddCombo(combo, combo.Combo!.Resolve([$"snacks:{cookie.Id:N}", $"snacks:{_data.Cake.Id:N}"], _ => "x"), 2, 9_000, "少糖", Now);
        var priced = CartPricer.Price(cart, All(combo, cookie, nuts), OrderTestData.Member, Now);
        var manager = new OrderManager();
        var order = manager.Create(_data.Store, _data.Space, cart.CustomerId, OrderTestData.Member, null, priced, new Dictionary<Guid, string>(),
            PayableAmount.Of(manager.CheckOut(_data.Store, priced, null, Now)), [], null, Now);
        order.Amount.ItemsFen.ShouldBe(18_000);
        order.StockUnits().ShouldBe(new[] { (combo.Id, 2), (_data.Latte.Id, 4), (_data.Cake.Id, 2), (cookie.Id, 2) }.OrderBy(u => u.Item1).ToList());
        order.Lines.Single().PrepMinutes.ShouldBe(12);

        order.MarkPaid(Guid.NewGuid(), Now);
        order.Accept(Guid.NewGuid(), Now);
        var ticket = KitchenTicket.Split(order, OrderPriority.Normal, Now).ShouldHaveSingleItem(); // all of them made at the bar here
        ticket.Items.Select(i => (i.Name, i.Quantity)).ShouldBe([("拿铁", 4), ("蛋糕", 2), ("曲奇", 2)], ignoreOrder: true);
        ticket.Items.ShouldAllBe(i => i.Options.Single() == "下午茶套餐" && i.Note == "少糖");
        ticket.Items.Select(i => i.LineId).Distinct().Count().ShouldBe(3);
    }
}
