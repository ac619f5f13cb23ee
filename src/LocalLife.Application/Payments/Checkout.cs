using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;

namespace LocalLife.Payments;

/// <summary>
/// One checkout for everything a customer pays. The breakdown is <see cref="PayableQuote"/> (discounts, then points,
/// then cash; the discounts judged by <see cref="CheckoutDiscounts"/>); here are the steps around it, the same for every
/// payable: the coupon and the points are spent in the transaction that makes the payable, the payment is started
/// after it commits (the gateway is never called inside a transaction) and everything is given back at once when it
/// cannot start; cancelling closes an unpaid payment first, gives back coupon and points, and refunds a paid one
/// afterwards, each movement under the payable's idempotency keys (<see cref="PayableKeys"/>).
/// </summary>
public sealed class Checkout(PointsManager points, CheckoutDiscounts discounts, PaymentProcessor payments, PayableHandlers handlers,
    IUnitOfWork unitOfWork, TimeProvider clock)
{
    public const string PaymentNotStarted = "payment could not be started";

    /// <summary>
    /// Inside the transaction that makes the payable, before it commits: the chosen coupon is spent, then the points; a
    /// payable with no cash left to pay is paid now (its customer is no longer new at the merchant).
    /// </summary>
    public async Task BeginAsync(IPayable payable, PointsDocumentType document, JudgedCoupons coupons, CancellationToken ct)
    {
        await discounts.UseAsync(payable, coupons, ct);
        if (payable.Amount.PointsUsed > 0)
            await points.RedeemAsync(payable.CustomerId, payable.Amount.PointsUsed, payable.Amount.DueFen, TenantOf(payable), document,
                payable.Id.ToString(), PayableKeys.Redeem(payable), ct);
        if (payable.Amount.CashFen == 0) await discounts.RecordPaidAsync(payable, clock.GetUtcNow(), ct);
    }

    /// <summary>Gives back the coupon and the redeemed points (inside the caller's transaction); what came back before is not given twice.</summary>
    public async Task GiveBackAsync(IPayable payable, CancellationToken ct)
    {
        await discounts.GiveBackAsync(payable, ct);
        if (payable.Amount.PointsUsed > 0)
            await points.ReverseRedemptionAsync(payable.CustomerId, PayableKeys.Redeem(payable), PayableKeys.RedeemReversal(payable), ct);
    }

    /// <summary>
    /// Starts the payment of the payable's cash (after the transaction that made it committed) and attaches it. When it
    /// cannot start, the feature releases what the payable holds at once, instead of holding it for the whole pay window,
    /// and the error goes to the caller.
    /// </summary>
    public async Task<PaymentCreatedDto> StartPaymentAsync(IPayable payable, string description, CancellationToken ct)
    {
        PaymentCreatedDto created;
        try
        {
            created = await payments.CreateAsync(new PaymentRequest(payable.PaymentKind, payable.Id, payable.CustomerId, payable.Amount.CashFen, description), ct);
        }
        catch (BusinessException)
        {
            await handlers.For(payable.PaymentKind).ReleaseUnpaidAsync(payable.Id, PaymentNotStarted, CancellationToken.None);
            throw;
        }
        payable.AttachPayment(created.Payment.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>
    /// Closes the payable's payment while it is unpaid (at WeChat, then here). If the customer paid first, closing records
    /// the payment, the feature's handler applies it in that transaction, and the caller sees the payable paid.
    /// </summary>
    public async Task CloseUnpaidAsync(IPayable payable, CancellationToken ct)
    {
        if (payable.PaymentId is { } id) await payments.CloseAsync(id, ct);
    }

    /// <summary>Refunds part of the payable's cash (after its transaction committed); the key makes a retry refund nothing twice.</summary>
    public async Task RefundAsync(IPayable payable, long amountFen, string reason, string key, CancellationToken ct)
    {
        if (amountFen > 0 && payable.PaymentId is { } id) await payments.RefundAsync(id, amountFen, reason, key, ct);
    }

    /// <summary>Refunds the payable's cash that its payment still holds (what was not refunded from the payments page already).</summary>
    public async Task RefundRestAsync(IPayable payable, string reason, string key, CancellationToken ct)
    {
        if (payable.Amount.CashFen > 0 && payable.PaymentId is { } id) await payments.RefundRestAsync(id, payable.Amount.CashFen, reason, key, ct);
    }

    private static Guid TenantOf(IPayable payable) =>
        payable.TenantId ?? throw new InvalidOperationException("A payable always belongs to a merchant.");
}
