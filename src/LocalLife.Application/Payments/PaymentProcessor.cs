using LocalLife.Errors;
using Microsoft.Extensions.Logging;

namespace LocalLife.Payments;

/// <summary>
/// The steps that talk to the gateway, shared by the merchant, customer, notification and job entry points. The
/// gateway is never called inside a database transaction: a slow WeChat never holds a payment's row lock.
/// </summary>
public sealed class PaymentProcessor(
    IPaymentRepository payments,
    PaymentLedger ledger,
    IPaymentGateway gateway,
    TimeProvider clock,
    ILogger<PaymentProcessor> logger)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Prepays a Created payment, or signs the pay parameters again for a Pending one.</summary>
    public async Task<PaymentCreatedDto> PrepayAsync(Payment payment, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Pending)
            return new PaymentCreatedDto(payment.ToDto(), gateway.SignRequestPayment(payment.PrepayId!).ToDto());
        if (payment.Status != PaymentStatus.Created) throw new BusinessException(PaymentErrorCodes.AlreadyPaid, 409);

        PaymentPrepay prepay;
        try
        {
            prepay = await gateway.PrepayAsync(payment, ct);
        }
        catch (PaymentGatewayException e) when (e.Error == PaymentGatewayError.Refused)
        {
            await ledger.FailAsync(payment.Id, e.Message, ct);
            throw new BusinessException(PaymentErrorCodes.GatewayRefused, 502).With("Message", e.Message);
        }
        catch (PaymentGatewayException e)
        {
            // Left Created: asking again prepays the same out_trade_no, which WeChat treats as the same order.
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, 503, e.Message);
        }
        var updated = await ledger.MarkPrepaidAsync(payment.Id, prepay.PrepayId, ct);
        return new PaymentCreatedDto(updated.ToDto(), prepay.Parameters.ToDto());
    }

    /// <summary>Closes at WeChat, then here. If the customer paid first, the payment is recorded as paid instead.</summary>
    public async Task<Payment> CloseAsync(Guid id, CancellationToken ct)
    {
        var payment = await payments.GetAsync(id, ct);
        if (payment.Status is PaymentStatus.Closed or PaymentStatus.Failed) return payment;
        if (payment.Status is not (PaymentStatus.Created or PaymentStatus.Pending))
            throw new BusinessException(PaymentErrorCodes.IllegalTransition, 409).With("From", payment.Status).With("To", PaymentStatus.Closed);
        try
        {
            await gateway.CloseAsync(payment, ct);
        }
        catch (PaymentGatewayException e) when (e.Error == PaymentGatewayError.AlreadyPaid)
        {
            return await SyncAsync(id, ct);
        }
        catch (PaymentGatewayException e) when (e.Error == PaymentGatewayError.NotFound)
        {
            // The prepay never reached WeChat: nothing to close there.
        }
        catch (PaymentGatewayException e)
        {
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, 503, e.Message);
        }
        return await ledger.CloseIfUnpaidAsync(id, ct);
    }

    /// <summary>Asks WeChat about the payment (and its refunds in flight) and applies what it says.</summary>
    public async Task<Payment> SyncAsync(Guid id, CancellationToken ct)
    {
        var payment = await payments.GetAsync(id, ct);
        try
        {
            if (payment.Status is PaymentStatus.Created or PaymentStatus.Pending)
            {
                var state = await gateway.QueryAsync(payment, ct);
                if (state is { State: GatewayTradeState.Paid, Confirmation: { } confirmation })
                    payment = await ApplyPaidAsync(id, confirmation, ct);
            }
            foreach (var refund in payment.Refunds.Where(r => r.Status == PaymentRefundStatus.Processing).ToList())
                payment = await ledger.SettleRefundAsync(id, await gateway.QueryRefundAsync(payment, refund, ct), ct);
        }
        catch (PaymentGatewayException e)
        {
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, 503, e.Message);
        }
        return payment;
    }

    /// <summary>Reserves the refund (row locked, database-checked), then asks WeChat outside the transaction.</summary>
    public async Task<PaymentRefund> RefundAsync(Guid id, long amountFen, string? reason, string idempotencyKey, CancellationToken ct)
    {
        var (payment, refund) = await ledger.RequestRefundAsync(id, amountFen, reason, idempotencyKey, ct);
        if (refund.Status != PaymentRefundStatus.Processing) return refund; // a retry of a refund that has ended
        RefundConfirmation answer;
        try
        {
            answer = await gateway.RefundAsync(payment, refund, ct);
        }
        catch (PaymentGatewayException e) when (e.Error is PaymentGatewayError.Refused or PaymentGatewayError.NotFound or PaymentGatewayError.AlreadyPaid)
        {
            await ledger.RefuseRefundAsync(id, refund.OutRefundNo, e.Message, ct);
            throw new BusinessException(PaymentErrorCodes.GatewayRefused, 502).With("Message", e.Message);
        }
        catch (PaymentGatewayException e)
        {
            // Stays reserved and Processing: the same idempotency key sends the same out_refund_no again.
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, 503, e.Message);
        }
        var updated = await ledger.SettleRefundAsync(id, answer, ct);
        return updated.Refunds.Single(r => r.Id == refund.Id);
    }

    public async Task<Payment> ApplyPaidAsync(Guid id, PaymentConfirmation confirmation, CancellationToken ct)
    {
        try
        {
            return await ledger.ConfirmPaidAsync(id, confirmation, ct);
        }
        catch (BusinessException e) when (e.Code == PaymentErrorCodes.NotificationMismatch)
        {
            logger.LogError("Payment {PaymentId} NOT confirmed: WeChat's data does not match ({Details}); transaction {TransactionId}",
                id, e.Message, confirmation.TransactionId);
            throw;
        }
    }
}
