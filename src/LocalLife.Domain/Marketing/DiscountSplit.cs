namespace LocalLife.Marketing;

/// <summary>
/// Splits a discount over lines in proportion to their amounts, to the fen and with nothing lost to rounding: each line
/// gets the whole fen of its share, and the fen left over go one each to the lines with the largest remainders (the
/// earlier line on a tie). No line gets more than its amount; lines outside the discount (amount 0) get nothing.
/// </summary>
public static class DiscountSplit
{
    public static IReadOnlyList<long> Allocate(long discountFen, IReadOnlyList<long> amounts)
    {
        var total = amounts.Sum();
        if (discountFen < 0 || discountFen > total || amounts.Any(a => a < 0))
            throw new ArgumentOutOfRangeException(nameof(discountFen), $"A discount of {discountFen} fen cannot be split over {total} fen.");
        if (discountFen == 0) return amounts.Select(_ => 0L).ToList();
        var shares = new long[amounts.Count];
        var remainders = new (long Remainder, int Index)[amounts.Count];
        long given = 0;
        for (var i = 0; i < amounts.Count; i++)
        {
            // Exact in 128 bits: amounts × discount can pass long for large bills.
            var exact = (Int128)amounts[i] * discountFen;
            shares[i] = (long)(exact / total);
            remainders[i] = ((long)(exact % total), i);
            given += shares[i];
        }
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(discountFen - given)))
            shares[index]++;
        return shares;
    }
}
