using LocalLife.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// How a <see cref="PayableAmount"/> is stored in its owner's table: one column per part, the items under the owner's
/// own name (an order's total, a booking's deposit), and a CHECK that the parts add up and none is negative.
/// </summary>
internal static class PayableAmountColumns
{
    public static void MapPayableAmount(this ComplexPropertyBuilder<PayableAmount> a, string itemsColumn)
    {
        a.Property(x => x.ItemsFen).HasColumnName(itemsColumn);
        a.Property(x => x.DiscountFen).HasColumnName("discount_fen");
        a.Property(x => x.PointsUsed).HasColumnName("points_used");
        a.Property(x => x.PointsFen).HasColumnName("points_fen");
        a.Property(x => x.CashFen).HasColumnName("cash_fen");
    }

    public static string Check(string itemsColumn) =>
        $"discount_fen >= 0 AND points_used >= 0 AND points_fen >= 0 AND cash_fen >= 0 AND discount_fen + points_fen + cash_fen = {itemsColumn}";
}
