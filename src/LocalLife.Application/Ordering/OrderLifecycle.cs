using LocalLife.Entities;
using LocalLife.Loyalty;
using LocalLife.Payments;

namespace LocalLife.Ordering;

/// <summary>
/// The order's moves that touch other parts: cancelling (stock back, points back, cash refunded) and completing (points
/// earned unless the order belongs to a booking, whose release counts it). Money moves through the checkout after the
/// transaction commits, with idempotency keys, so calling again after a failed refund retries only the refund.
/// </summary>
public sealed class OrderLifecycle(
    IOrderRepository orders,
    IProductRepository products,
    PointsManager points,
    Checkout checkout,
    Marketing.ICouponRepository coupons,
    Marketing.IActivityRepository activities,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <param name="applies">Whether the order, as it stands now, is still to be cancelled; when not, it is returned as it is.</param>
    public async Task<Order> CancelAsync(Guid id, string reason, Guid? byUserId, Func<Order, bool> applies, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        // Paid meanwhile: closing the payment records it, the checkout marks the order paid, and the check below sees that.
        if (applies(order) && order.Status == OrderStatus.Placed) await checkout.CloseUnpaidAsync(order, ct);

        if (applies(order))
        {
            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            order.Cancel(reason, byUserId, clock.GetUtcNow());
            await GiveBackAsync(order, reason, byUserId, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await RefundDecidedAsync(order, reason, ct);
        return order;
    }

    /// <summary>
    /// Resolves the order's exception: a full refund cancels it (stock, coupon and points back); a partial refund that
    /// leaves less than the coupon's minimum spend withdraws the coupon's discount from the refund and gives the coupon back.
    /// </summary>
    public async Task<Order> ResolveIssueAsync(Guid id, OrderResolutionKind resolution, string note, long refundFen, Guid byUserId, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        var coupon = order.Discounts.Any(d => d.Source == DiscountSource.Coupon) ? await coupons.FindUsedByAsync(order.PaymentKind, order.Id, ct) : null;
        await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
        {
            order.Resolve(resolution, note, refundFen, byUserId, clock.GetUtcNow(), coupon?.Rules.MinSpendFen ?? 0);
            if (order.Status == OrderStatus.Cancelled) await GiveBackAsync(order, note, byUserId, ct);
            else if (order.Issue is { CouponWithdrawnFen: > 0 }) await coupons.GiveBackAsync(order.PaymentKind, order.Id, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await RefundDecidedAsync(order, note, ct);
        return order;
    }

    /// <summary>
    /// A refund of the order's payment that the order did not decide (a merchant refunding from the payments page),
    /// inside the transaction that records it: the order counts it; refunded in full before anything is made, it is
    /// cancelled with its stock, activity units, coupon and points given back; refunded in full after it completed, the
    /// points it earned are taken back. A partial refund lowers the spend that completing it earns on (or that its
    /// booking's release counts).
    /// </summary>
    public async Task CountRefundAsync(Order order, long paymentRefundedFen, CancellationToken ct)
    {
        if (!order.CountRefunded(paymentRefundedFen)) return;
        if (order.IsFullyRefundedAndCancellable)
        {
            order.Cancel(RefundedInFull, null, clock.GetUtcNow());
            await GiveBackAsync(order, RefundedInFull, null, ct);
        }
        else if (order is { Status: OrderStatus.Completed, PointsEarned: > 0 } && order.RefundedFen >= order.Amount.CashFen)
        {
            await points.ReverseEarnAsync(order.CustomerId, PayableKeys.Earn(order), order.Amount.CashFen, PayableKeys.EarnReversal(order), ct);
        }
    }

    /// <summary>The cancel reason of an order whose payment was refunded in full from the payments page.</summary>
    public const string RefundedInFull = "refunded in full";

    /// <summary>Stock, activity units, coupon and points of a cancelled order go back (inside the caller's transaction).</summary>
    public async Task GiveBackAsync(Order order, string reason, Guid? byUserId, CancellationToken ct)
    {
        foreach (var (productId, quantity) in order.StockUnits())
            await products.AddStockAsync(productId, quantity, StockMovementKind.Restock, order.Id, byUserId, reason, ct);
        foreach (var sold in order.Lines.Where(l => l.ActivityId is not null).GroupBy(l => (l.ActivityId!.Value, l.ProductId)))
            await activities.GiveBackAsync(sold.Key.Value, sold.Key.ProductId, order.CustomerId, sold.Sum(l => l.Quantity), ct);
        await checkout.GiveBackAsync(order, ct);
    }

    /// <summary>The refunds the order has decided: on cancellation, and on resolving its exception (each under its own key).</summary>
    public async Task RefundDecidedAsync(Order order, string reason, CancellationToken ct)
    {
        if (order.Status == OrderStatus.Cancelled)
            await checkout.RefundAsync(order, order.CancelRefundFen, reason, PayableKeys.Refund(order), ct);
        if (order.Issue is { RefundFen: > 0 } issue)
            await checkout.RefundAsync(order, issue.RefundFen, issue.ResolutionNote ?? reason, Order.IssueRefundKey(order.Id, issue), ct);
    }

    public async Task<Order> CompleteAsync(Guid id, Guid? byUserId, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        if (order.Status == OrderStatus.Completed) return order;
        order.CheckCompletable();
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        long earned = 0;
        var spend = order.Amount.CashFen - order.RefundedFen;
        if (order.BookingId is null && spend > 0)
        {
            var entry = await points.EarnForSpendAsync(order.CustomerId, order.TenantId!.Value, order.StoreId,
                [new SpendLine(Bookings.BookingSpendCategories.Orders, spend)], PointsDocumentType.MenuOrder, order.Id.ToString(), PayableKeys.Earn(order), ct);
            earned = entry.Amount;
        }
        order.Complete(earned, byUserId, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return order;
    }
}
