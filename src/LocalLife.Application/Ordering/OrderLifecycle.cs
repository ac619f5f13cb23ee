using LocalLife.Entities;
using LocalLife.Loyalty;
using LocalLife.Payments;

namespace LocalLife.Ordering;

/// <summary>
/// The order's moves that touch other parts: cancelling (stock back, points back, cash refunded) and completing (points
/// earned unless the order belongs to a booking, whose release counts it). Money leaves through payments after the
/// transaction commits, with idempotency keys, so calling again after a failed refund retries only the refund.
/// </summary>
public sealed class OrderLifecycle(
    IOrderRepository orders,
    IProductRepository products,
    PointsManager points,
    IPaymentAppService payments,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <param name="applies">Whether the order, as it stands now, is still to be cancelled; when not, it is returned as it is.</param>
    public async Task<Order> CancelAsync(Guid id, string reason, Guid? byUserId, Func<Order, bool> applies, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        // Paid meanwhile: closing the payment records it, the payment handler marks the order paid, and the check below sees that.
        if (applies(order) && order is { Status: OrderStatus.Placed, PaymentId: { } unpaid }) await payments.CloseAsync(unpaid, ct);

        if (applies(order))
        {
            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            order.Cancel(reason, byUserId, clock.GetUtcNow());
            await GiveBackAsync(order, reason, byUserId, ct);
            order.RefundRemaining();
            await unitOfWork.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await RefundCancelledAsync(order, reason, ct);
        return order;
    }

    /// <summary>Stock and points of a cancelled order go back (inside the caller's transaction).</summary>
    public async Task GiveBackAsync(Order order, string reason, Guid? byUserId, CancellationToken ct)
    {
        foreach (var line in order.Lines.GroupBy(l => l.ProductId).OrderBy(g => g.Key))
            await products.AddStockAsync(line.Key, line.Sum(l => l.Quantity), StockMovementKind.Restock, order.Id, byUserId, reason, ct);
        if (order.PointsUsed > 0) await points.ReverseRedemptionAsync(order.CustomerId, order.RedeemKey, order.RedeemReversalKey, ct);
    }

    /// <summary>The refund of a cancelled, paid order (idempotent: the same key never refunds twice).</summary>
    public async Task RefundCancelledAsync(Order order, string reason, CancellationToken ct)
    {
        var issueRefund = order.Issue?.RefundFen ?? 0;
        var amount = order.RefundedFen - issueRefund;
        if (order is { Status: OrderStatus.Cancelled, PaymentId: { } paid, PaidAt: not null } && amount > 0)
            await payments.RefundAsync(paid, new RefundPaymentDto { AmountFen = amount, Reason = reason, IdempotencyKey = order.RefundKey }, ct);
        if (order is { PaymentId: { } p, Issue: { RefundFen: > 0 } issue })
            await payments.RefundAsync(p, new RefundPaymentDto
            {
                AmountFen = issue.RefundFen, Reason = issue.ResolutionNote ?? reason, IdempotencyKey = $"order-issue:{order.Id:N}:{issue.At.ToUnixTimeMilliseconds()}",
            }, ct);
    }

    public async Task<Order> CompleteAsync(Guid id, Guid? byUserId, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        if (order.Status == OrderStatus.Completed) return order;
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        long earned = 0;
        var spend = order.CashFen - order.RefundedFen;
        if (order.BookingId is null && spend > 0)
        {
            var entry = await points.EarnForSpendAsync(order.CustomerId, order.TenantId!.Value, order.StoreId,
                [new SpendLine(Bookings.BookingSpendCategories.Orders, spend)], PointsDocumentType.MenuOrder, order.Id.ToString(), order.EarnKey, ct);
            earned = entry.Amount;
        }
        order.Complete(earned, byUserId, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return order;
    }
}
