namespace LocalLife.Marketing;

public sealed class DiscountSplitTests
{
    [Fact]
    public void A_discount_splits_in_proportion_to_the_fen_with_nothing_lost()
    {
        DiscountSplit.Allocate(1_000, [3_000, 2_000, 5_000]).ShouldBe([300L, 200L, 500L]);
        // 100 fen over three equal lines: 33.33 each, the one fen left to the first of the tied remainders.
        DiscountSplit.Allocate(100, [1_000, 1_000, 1_000]).ShouldBe([34L, 33L, 33L]);
        DiscountSplit.Allocate(7, [1, 1, 1_000_000]).ShouldBe([0L, 0L, 7L]);
        DiscountSplit.Allocate(500, [0, 1_000, 0]).ShouldBe([0L, 500L, 0L]);
        DiscountSplit.Allocate(0, [1, 2]).ShouldBe([0L, 0L]);
    }

    [Fact]
    public void Random_splits_always_add_up_and_never_pass_a_line()
    {
        var random = new Random(20261203);
        for (var run = 0; run < 2_000; run++)
        {
            var amounts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (long)random.Next(0, 50_000)).ToList();
            var total = amounts.Sum();
            var discount = total == 0 ? 0 : random.NextInt64(0, total + 1);
            var shares = DiscountSplit.Allocate(discount, amounts);
            shares.Sum().ShouldBe(discount);
            for (var i = 0; i < amounts.Count; i++) shares[i].ShouldBeInRange(0, amounts[i]);
        }
    }

    [Fact]
    public void More_than_the_lines_hold_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => DiscountSplit.Allocate(301, [100, 200]));
}
