using LocalLife.Common;

namespace LocalLife.Payments;

/// <summary>
/// Payments of the current tenant as merchant staff see them (<c>api/admin/payments</c>): list, close, refund, sync and
/// reconcile. Features start and refund payments through the checkout, not through this service.
/// </summary>
public interface IPaymentAppService
{
    Task<PaymentDto> GetAsync(Guid id, CancellationToken ct);

    Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentsInput input, CancellationToken ct);

    /// <summary>Closes an unpaid payment at WeChat Pay and here; if the customer paid meanwhile, records the payment instead.</summary>
    Task<PaymentDto> CloseAsync(Guid id, CancellationToken ct);

    /// <summary>Refunds part or all of a paid payment; the idempotency key makes a retry safe. More than refundable → 422.</summary>
    Task<PaymentRefundDto> RefundAsync(Guid id, RefundPaymentDto input, CancellationToken ct);

    /// <summary>Asks WeChat Pay how the payment stands and applies it (for a notification that is late or lost).</summary>
    Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct);

    Task<PaymentReconciliationDto> GetReconciliationAsync(DateOnly date, CancellationToken ct);
}
