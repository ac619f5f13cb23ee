namespace LocalLife.Payments;

/// <summary>A customer's own payments, in whichever store they were made (<c>api/app/payments</c>).</summary>
public interface ICustomerPaymentAppService
{
    Task<PaymentDto> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Called by the mini-program when wx.requestPayment reports success, so the result does not wait for the notification.</summary>
    Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct);
}
