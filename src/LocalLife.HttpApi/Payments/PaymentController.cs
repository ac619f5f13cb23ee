using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Payments;

/// <summary>Merchant staff: the tenant's payments, refunds and daily reconciliation.</summary>
[Route("api/admin/payments")]
public sealed class PaymentController(IPaymentAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Payments.Default)]
    public Task<PagedResultDto<PaymentDto>> GetListAsync([FromQuery] GetPaymentsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Payments.Default)]
    public Task<PaymentDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("{id:guid}/sync"), Authorize(LocalLifePermissions.Payments.Default)]
    public Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct) => service.SyncAsync(id, ct);

    [HttpPost("{id:guid}/close"), Authorize(LocalLifePermissions.Payments.Refund)]
    public Task<PaymentDto> CloseAsync(Guid id, CancellationToken ct) => service.CloseAsync(id, ct);

    [HttpPost("{id:guid}/refunds"), Authorize(LocalLifePermissions.Payments.Refund)]
    public Task<PaymentRefundDto> RefundAsync(Guid id, RefundPaymentDto input, CancellationToken ct) => service.RefundAsync(id, input, ct);

    [HttpGet("reconciliation"), Authorize(LocalLifePermissions.Payments.Reconciliation)]
    public Task<PaymentReconciliationDto> GetReconciliationAsync([FromQuery] DateOnly date, CancellationToken ct) =>
        service.GetReconciliationAsync(date, ct);
}
