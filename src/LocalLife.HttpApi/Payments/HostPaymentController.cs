using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Payments;

/// <summary>Platform operators: reconciliation across tenants and each tenant's WeChat Pay sub-merchant.</summary>
[Route("api/host/payments")]
public sealed class HostPaymentController(IHostPaymentAppService service) : HostController
{
    [HttpGet("reconciliation"), Authorize(LocalLifePermissions.HostPayments.Default)]
    public Task<HostPaymentReconciliationDto> GetReconciliationAsync([FromQuery] DateOnly date, CancellationToken ct) =>
        service.GetReconciliationAsync(date, ct);

    [HttpGet("settings/{tenantId:guid}"), Authorize(LocalLifePermissions.HostPayments.Default)]
    public Task<PaymentSettingsDto> GetSettingsAsync(Guid tenantId, CancellationToken ct) => service.GetSettingsAsync(tenantId, ct);

    [HttpPut("settings/{tenantId:guid}"), Authorize(LocalLifePermissions.HostPayments.Settings)]
    public Task<PaymentSettingsDto> UpdateSettingsAsync(Guid tenantId, UpdatePaymentSettingsDto input, CancellationToken ct) =>
        service.UpdateSettingsAsync(tenantId, input, ct);
}
