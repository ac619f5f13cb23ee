using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.Logging;

namespace LocalLife.Payments;

/// <summary>What a feature asks to be paid: the payable it is for, who pays, how much, and the text the payer reads in WeChat.</summary>
public sealed record PaymentRequest(PaymentKind Kind, Guid BusinessOrderId, Guid CustomerId, long AmountFen, string Description);

/// <summary>
/// The payments service inside the application: the steps that talk to the gateway, shared by the checkout, the
/// merchant, customer, notification and job entry points (none of them goes through the public app services, whose
/// permission checks are for people). The gateway is never called inside a database transaction: a slow WeChat
/// never holds a payment's row lock.
/// </summary>
public sealed class PaymentProcessor(
    IPaymentRepository payments,
    IPaymentSettingsRepository settings,
    IIdentityUserRepository users,
    PaymentManager manager,
    PaymentLedger ledger,
    IPaymentGateway gateway,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<PaymentProcessor> logger)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// Starts the payment of a payable in the current tenant and returns the wx.requestPayment parameters. Idempotent per
    /// payable: a second "pay" tap gets the live payment again; one whose window passed unswept is closed and started afresh.
    /// </summary>
    public async Task<PaymentCreatedDto> CreateAsync(PaymentRequest request, CancellationToken ct)
    {
        if (currentTenant.Id is null) throw new InvalidOperationException("A payment is always made in a tenant: change to the store's tenant first.");
        var openId = await users.FindLoginKeyAsync(request.CustomerId, LocalLifeLoginProviders.WeChatMiniProgram, ct)
            ?? throw new BusinessException(PaymentErrorCodes.NoWeChatAccount);
        var subMchId = (await settings.FindAsync(ct))?.WeChatPaySubMchId;
        if (gateway.RequiresSubMerchant && subMchId is null) throw new BusinessException(PaymentErrorCodes.SubMerchantNotConfigured);

        var (payment, created) = await manager.CreateAsync(request.Kind, request.BusinessOrderId, request.CustomerId, openId, request.AmountFen,
            request.Description.Trim().Truncate(PaymentConsts.MaxDescriptionLength), subMchId, ct);
        if (created) await unitOfWork.SaveChangesAsync(ct);
        else if (payment.Status == PaymentStatus.Pending && payment.IsExpired(Now))
        {
            // The sweep has not closed it yet: close it now (or find it paid), then start afresh.
            var closed = await CloseAsync(payment.Id, ct);
            if (closed.Status != PaymentStatus.Closed) throw new BusinessException(PaymentErrorCodes.AlreadyPaid);
            return await CreateAsync(request, ct);
        }
        return await PrepayAsync(payment, ct);
    }

    /// <summary>Prepays a Created payment, or signs the pay parameters again for a Pending one.</summary>
    public async Task<PaymentCreatedDto> PrepayAsync(Payment payment, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Pending)
            return new PaymentCreatedDto(payment.ToDto(), gateway.SignRequestPayment(payment.PrepayId!).ToDto());
        if (payment.Status != PaymentStatus.Created) throw new BusinessException(PaymentErrorCodes.AlreadyPaid);

        PaymentPrepay prepay;
        try
        {
            prepay = await gateway.PrepayAsync(payment, ct);
        }
        catch (PaymentGatewayException e) when (e.Error == PaymentGatewayError.Refused)
        {
            await ledger.FailAsync(payment.Id, e.Message, ct);
            throw new BusinessException(PaymentErrorCodes.GatewayRefused).With("Message", e.Message);
        }
        catch (PaymentGatewayException e)
        {
            // Left Created: asking again prepays the same out_trade_no, which WeChat treats as the same order.
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, e.Message);
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
            throw new BusinessException(PaymentErrorCodes.IllegalTransition).With("From", payment.Status).With("To", PaymentStatus.Closed);
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
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, e.Message);
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
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, e.Message);
        }
        return payment;
    }

    /// <summary>Reserves the refund (row locked, database-checked), then asks WeChat outside the transaction.</summary>
    /// <summary>
    /// Refunds up to <paramref name="upToFen"/>, as far as the payment still has it (a merchant may have refunded part
    /// from the payments page); a retry under the same key repeats the first answer. Nothing left: nothing is asked.
    /// </summary>
    public async Task RefundRestAsync(Guid id, long upToFen, string? reason, string idempotencyKey, CancellationToken ct)
    {
        var payment = await payments.GetAsync(id, ct);
        var amountFen = payment.Refunds.FirstOrDefault(r => r.IdempotencyKey == idempotencyKey)?.AmountFen ?? Math.Min(upToFen, payment.RefundableFen);
        if (amountFen > 0) await RefundAsync(id, amountFen, reason, idempotencyKey, ct);
    }

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
            throw new BusinessException(PaymentErrorCodes.GatewayRefused).With("Message", e.Message);
        }
        catch (PaymentGatewayException e)
        {
            // Stays reserved and Processing: the same idempotency key sends the same out_refund_no again.
            throw new BusinessException(PaymentErrorCodes.GatewayUnavailable, e.Message);
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
