using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Payments;

internal sealed class PaymentSettingsRepository(LocalLifeDbContext db, CrossTenantReader reader) : IPaymentSettingsRepository
{
    // The tenant filter (and row-level security) leave only the current tenant's row.
    public Task<PaymentSettings?> FindAsync(CancellationToken ct) => db.PaymentSettings.FirstOrDefaultAsync(ct);

    public async Task InsertAsync(PaymentSettings settings, CancellationToken ct) => await db.PaymentSettings.AddAsync(settings, ct);

    public async Task<IReadOnlyDictionary<Guid, string>> GetTimeZonesAcrossTenantsAsync(CancellationToken ct) =>
        await reader.Db.PaymentSettings.Where(s => s.TenantId != null).ToDictionaryAsync(s => s.TenantId!.Value, s => s.TimeZoneId, ct);
}
