namespace LocalLife.Payments;

public interface IPaymentSettingsRepository
{
    /// <summary>The current tenant's settings, or null when none were saved (defaults apply).</summary>
    Task<PaymentSettings?> FindAsync(CancellationToken ct);

    Task InsertAsync(PaymentSettings settings, CancellationToken ct);

    /// <summary>Time zone per tenant among the settings visible now (all tenants with the tenant filter off).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetTimeZonesAsync(CancellationToken ct);
}
