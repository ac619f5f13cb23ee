using LocalLife.Entities;

namespace LocalLife.Payments;

/// <summary>
/// Applies what the gateway said to a payment, each in its own short transaction with the payment's row locked:
/// concurrent notifications, queries and refund answers for one payment take turns, and the aggregate decides
/// whether there is anything left to apply (a repeated notification applies nothing).
/// </summary>
public sealed class PaymentLedger(IPaymentRepository payments, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public Task<Payment> ConfirmPaidAsync(Guid paymentId, PaymentConfirmation confirmation, CancellationToken ct) =>
        ChangeAsync(paymentId, p => p.ConfirmPaid(confirmation), ct);

    public Task<Payment> SettleRefundAsync(Guid paymentId, RefundConfirmation confirmation, CancellationToken ct) =>
        ChangeAsync(paymentId, p =>
        {
            var refund = p.Refunds.FirstOrDefault(r => r.OutRefundNo == confirmation.OutRefundNo);
            var hadId = refund?.GatewayRefundId is not null;
            return p.SettleRefund(confirmation, clock.GetUtcNow()) || !hadId && confirmation.GatewayRefundId is not null;
        }, ct);

    public Task<Payment> RefuseRefundAsync(Guid paymentId, string outRefundNo, string reason, CancellationToken ct) =>
        ChangeAsync(paymentId, p =>
        {
            p.RefuseRefund(outRefundNo, reason, clock.GetUtcNow());
            return true;
        }, ct);

    /// <summary>Closes the payment if it is still unpaid; a payment paid meanwhile is returned as it is.</summary>
    public Task<Payment> CloseIfUnpaidAsync(Guid paymentId, CancellationToken ct) =>
        ChangeAsync(paymentId, p =>
        {
            if (p.Status is not (PaymentStatus.Created or PaymentStatus.Pending)) return false;
            p.Close(clock.GetUtcNow());
            return true;
        }, ct);

    public Task<Payment> FailAsync(Guid paymentId, string reason, CancellationToken ct) =>
        ChangeAsync(paymentId, p =>
        {
            if (p.Status != PaymentStatus.Created) return false;
            p.MarkPrepayFailed(reason);
            return true;
        }, ct);

    public Task<Payment> MarkPrepaidAsync(Guid paymentId, string prepayId, CancellationToken ct) =>
        ChangeAsync(paymentId, p =>
        {
            if (p.Status != PaymentStatus.Created) return false;
            p.MarkPrepaid(prepayId);
            return true;
        }, ct);

    public async Task<(Payment Payment, PaymentRefund Refund)> RequestRefundAsync(Guid paymentId, long amountFen, string? reason,
        string idempotencyKey, CancellationToken ct)
    {
        PaymentRefund? refund = null;
        var payment = await ChangeAsync(paymentId, p =>
        {
            var before = p.Refunds.Count;
            refund = p.RequestRefund(amountFen, reason, idempotencyKey, clock.GetUtcNow());
            return p.Refunds.Count != before;
        }, ct);
        return (payment, refund!);
    }

    private async Task<Payment> ChangeAsync(Guid paymentId, Func<Payment, bool> change, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var payment = await payments.GetForUpdateAsync(paymentId, ct);
        if (change(payment)) await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return payment;
    }
}
