using LocalLife.Errors;
using LocalLife.Loyalty;

namespace LocalLife.Payments;

public sealed class PayableAmountTests
{
    private static readonly LoyaltySettings Settings = LoyaltySettings.CreateDefault(); // 100 points = 1 yuan, cap 100 %

    [Fact]
    public void Discounts_come_first_then_points_then_cash_and_the_parts_add_up_to_the_items()
    {
        var amount = PayableAmount.Of(10_000).WithDiscount(2_000).WithPoints(3_000, 3_000);
        amount.DueFen.ShouldBe(8_000);
        amount.CashFen.ShouldBe(5_000);
        (amount.DiscountFen + amount.PointsFen + amount.CashFen).ShouldBe(amount.ItemsFen);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(1_000, 1_001, 0, 0)]
    [InlineData(1_000, -1, 0, 0)]
    [InlineData(1_000, 400, 601, 601)]
    [InlineData(1_000, 0, 0, 5)]
    [InlineData(1_000, 0, -5, 0)]
    public void No_part_is_negative_and_neither_discount_nor_points_pay_more_than_is_left(long items, long discount, long points, long pointsFen) =>
        Should.Throw<BusinessException>(() => PayableAmount.Of(items).WithDiscount(discount).WithPoints(points, pointsFen))
            .Code.ShouldBe(PaymentErrorCodes.InvalidAmount);

    [Fact]
    public void A_new_discount_drops_the_points_chosen_before_it()
    {
        var withPoints = PayableAmount.Of(1_000).WithPoints(800, 800);
        var discounted = withPoints.WithDiscount(500);
        discounted.PointsUsed.ShouldBe(0);
        discounted.CashFen.ShouldBe(500);
    }

    [Fact]
    public void The_quote_offers_points_on_what_is_left_after_discounts_within_balance_and_cap()
    {
        var quote = PayableQuote.For(10_000, 4_000, Settings, pointsBalance: 100_000, PointsDocumentType.MenuOrder, usePoints: true);
        quote.Points.MaxPoints.ShouldBe(6_000); // the cap is of the 60 yuan due, not of the 100 yuan of items
        quote.Amount.CashFen.ShouldBe(0);

        var poor = PayableQuote.For(10_000, 4_000, Settings, pointsBalance: 1_500, PointsDocumentType.MenuOrder, usePoints: true);
        poor.Amount.ShouldBe(PayableAmount.Of(10_000).WithDiscount(4_000).WithPoints(1_500, 1_500));

        var declined = PayableQuote.For(10_000, 0, Settings, pointsBalance: 1_500, PointsDocumentType.MenuOrder, usePoints: false);
        declined.Amount.PointsUsed.ShouldBe(0);
        declined.Points.MaxPoints.ShouldBe(1_500); // still shown, not used
    }

    [Fact]
    public void Points_are_not_offered_on_documents_the_platform_does_not_let_them_pay()
    {
        var settings = new LoyaltySettings(100, 50, [PointsDocumentType.BookingDeposit], 365, LoyaltySettings.DefaultLevels);
        var quote = PayableQuote.For(10_000, 0, settings, 100_000, PointsDocumentType.MenuOrder, usePoints: true);
        quote.Points.Allowed.ShouldBeFalse();
        quote.Amount.CashFen.ShouldBe(10_000);
        PayableQuote.For(10_000, 0, settings, 100_000, PointsDocumentType.BookingDeposit, usePoints: true).Amount.PointsFen.ShouldBe(5_000); // 50 % cap
    }
}
