using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;

namespace LocalLife.Payments;

/// <summary>
/// One checkout for everything a customer pays. The breakdown is <see cref="PayableQuote"/> (discounts, then points,
/// then cash); here are the steps around it, the same for every payable: points are redeemed in the transaction that
/// makes the payable, the payment is started after it commits (the gateway is never called inside a transaction) and
/// everything is given back at once when it cannot start; cancelling closes an unpaid payment first and refunds a paid
/// one afterwards, each movement under the payable's idempotency keys (<see cref="PayableKeys"/>).
/// </summary>
public sealed class Checkout(PointsManager points, PaymentProcessor payments, PayableHandlers handlers, IUnitOfWork unitOfWork)
{
    public const string PaymentNotStarted = "payment could not be started";

    /// <summary>Spends the points of the payable's amount (inside the caller's transaction, before it commits).</summary>
    public async Task RedeemPointsAsync(IPayable payable, PointsDocumentType document, CancellationToken ct)
    {
        if (payable.Amount.PointsUsed == 0) return;
        await points.RedeemAsync(payable.CustomerId, payable.Amount.PointsUsed, payable.Amount.DueFen, TenantOf(payable), document,
            payable.Id.ToString(), PayableKeys.Redeem(payable), ct);
    }

    /// <summary>Gives the redeemed points back (inside the caller's transaction); nothing when none were used or they came back before.</summary>
    public async Task GiveBackPointsAsync(IPayable payable, CancellationToken ct)
    {
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

    private static Guid TenantOf(IPayable payable) =>
        payable.TenantId ?? throw new InvalidOperationException("A payable always belongs to a merchant.");
}
