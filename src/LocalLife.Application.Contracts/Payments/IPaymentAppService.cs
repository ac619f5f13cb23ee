using LocalLife.Common;

namespace LocalLife.Payments;

/// <summary>
/// Payments of the current tenant. Booking and ordering call <see cref="CreateAsync"/> and <see cref="RefundAsync"/>
/// and subscribe to the PaymentSucceeded / PaymentRefunded / PaymentClosed domain events; merchant staff list,
/// refund and reconcile through <c>api/admin/payments</c>.
/// </summary>
public interface IPaymentAppService
{
    /// <summary>Places the order with WeChat Pay (prepay) and returns the wx.requestPayment parameters. Idempotent per business order.</summary>
    Task<PaymentCreatedDto> CreateAsync(CreatePaymentDto input, CancellationToken ct);

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
