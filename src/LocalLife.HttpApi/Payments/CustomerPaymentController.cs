using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Payments;

/// <summary>The mini-program: a customer's own payment, and the check it makes when wx.requestPayment returns.</summary>
[Route("api/app/payments")]
public sealed class CustomerPaymentController(ICustomerPaymentAppService service) : AppController
{
    [HttpGet("{id:guid}")]
    public Task<PaymentDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("{id:guid}/sync")]
    public Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct) => service.SyncAsync(id, ct);
}
