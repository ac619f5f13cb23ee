using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Payments;

/// <summary>The only way to create a payment: one live payment per business order, the pay window from the clock.</summary>
public class PaymentManager(IPaymentRepository payments, ICurrentTenant currentTenant, TimeProvider clock)
{
    /// <summary>
    /// A new payment, or the live one the order already has when it is the same customer and amount (a repeated
    /// "pay" tap). A paid order, or a live payment of another amount, is refused.
    /// </summary>
    public async Task<(Payment Payment, bool Created)> CreateAsync(PaymentKind kind, Guid businessOrderId, Guid customerId, string payerOpenId,
        long amountFen, string description, string? subMchId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var live = await payments.FindActiveAsync(kind, businessOrderId, ct);
        if (live is not null)
        {
            if (PaymentTransitions.IsPaid(live.Status)) throw new BusinessException(PaymentErrorCodes.AlreadyPaid);
            if (live.AmountFen != amountFen || live.CustomerId != customerId) throw new BusinessException(PaymentErrorCodes.AmountChanged);
            return (live, false);
        }
        var payment = new Payment(Guid.CreateVersion7(), currentTenant.Id, kind, businessOrderId, customerId, payerOpenId, amountFen,
            description, PaymentNumbers.NewOutTradeNo(now), subMchId, now + PaymentConsts.PayWindow);
        await payments.InsertAsync(payment, ct);
        return (payment, true);
    }
}
