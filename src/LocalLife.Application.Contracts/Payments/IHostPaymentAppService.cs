namespace LocalLife.Payments;

/// <summary>Platform operators: reconciliation across tenants and each tenant's WeChat Pay settings.</summary>
public interface IHostPaymentAppService
{
    Task<HostPaymentReconciliationDto> GetReconciliationAsync(DateOnly date, CancellationToken ct);

    Task<PaymentSettingsDto> GetSettingsAsync(Guid tenantId, CancellationToken ct);

    Task<PaymentSettingsDto> UpdateSettingsAsync(Guid tenantId, UpdatePaymentSettingsDto input, CancellationToken ct);
}
