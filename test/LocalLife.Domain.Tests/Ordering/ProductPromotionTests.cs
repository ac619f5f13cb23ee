using LocalLife.Errors;

namespace LocalLife.Ordering;

public sealed class ProductPromotionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private readonly ProductCategory _category = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "drinks", "酒水", "Drinks", Station.Bar, 10);
    private static readonly ProductDetails Details = new("啤酒", null, null, [], [], 5, null, false, 0);

    private static ProductPrices Promotion(DateTimeOffset? endsAt) => new(1000, null, null, 800, endsAt);

    private Product NewProduct(DateTimeOffset? endsAt, DateTimeOffset now) => new(Guid.NewGuid(), _category, Details, Promotion(endsAt), [], null, 0, now);

    [Fact]
    public void A_promotion_that_has_already_ended_is_refused_with_its_code()
    {
        Should.Throw<BusinessException>(() => NewProduct(Now.AddMinutes(-1), Now)).Code.ShouldBe(OrderingErrorCodes.PromotionAlreadyEnded);
        Should.Throw<BusinessException>(() => NewProduct(Now, Now)).Code.ShouldBe(OrderingErrorCodes.PromotionAlreadyEnded);
        NewProduct(Now.AddMinutes(1), Now).Prices.PromotionActive(Now).ShouldBeTrue();
        NewProduct(null, Now).Prices.PromotionActive(Now).ShouldBeTrue();
    }

    [Fact]
    public void Editing_a_product_whose_promotion_is_over_keeps_its_end_but_cannot_move_it_into_the_past()
    {
        var product = NewProduct(Now.AddDays(1), Now);
        var later = Now.AddDays(2);

        product.Update(_category, Details with { Name = "精酿啤酒" }, Promotion(Now.AddDays(1)), [], 0, later);
        product.Details.Name.ShouldBe("精酿啤酒");
        Should.Throw<BusinessException>(() => product.Update(_category, Details, Promotion(Now.AddHours(30)), [], 0, later))
            .Code.ShouldBe(OrderingErrorCodes.PromotionAlreadyEnded);
        product.Prices.PromotionEndsAt.ShouldBe(Now.AddDays(1));
    }
}
