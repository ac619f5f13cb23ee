namespace LocalLife.Payments;

public interface IPaymentSettingsRepository
{
    /// <summary>The current tenant's settings, or null when none were saved (defaults apply).</summary>
    Task<PaymentSettings?> FindAsync(CancellationToken ct);

    Task InsertAsync(PaymentSettings settings, CancellationToken ct);

    /// <summary>Time zone per tenant, of every tenant that saved settings (the platform's reconciliation; on the reader).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetTimeZonesAcrossTenantsAsync(CancellationToken ct);
}
