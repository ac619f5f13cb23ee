namespace LocalLife.Payments;

public interface IPaymentSettingsRepository
{
    /// <summary>The current tenant's settings, or null when none were saved (defaults apply).</summary>
    Task<PaymentSettings?> FindAsync(CancellationToken ct);

    Task InsertAsync(PaymentSettings settings, CancellationToken ct);
}
