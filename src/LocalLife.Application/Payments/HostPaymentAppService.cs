using LocalLife.Entities;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Tenancy;
using LocalLife.Validation;

namespace LocalLife.Payments;

public sealed class HostPaymentAppService(
    IPaymentRepository payments,
    IPaymentSettingsRepository settings,
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IHostPaymentAppService
{
    /// <summary>Each tenant's day is cut in its own time zone, so tenants are summed per zone (usually one).</summary>
    public async Task<HostPaymentReconciliationDto> GetReconciliationAsync(DateOnly date, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostPayments.Default, ct);
        var rows = new List<PaymentReconciliationDto>();
        var zones = await settings.GetTimeZonesAcrossTenantsAsync(ct);
        string ZoneOf(Guid? tenant) => tenant is { } id && zones.TryGetValue(id, out var zone) ? zone : PaymentConsts.DefaultTimeZone;
        foreach (var zoneId in zones.Values.Append(PaymentConsts.DefaultTimeZone).Distinct())
        {
            var zone = PaymentSettings.FindTimeZone(zoneId);
            var (from, to) = PaymentAppService.Day(date, zone);
            foreach (var totals in (await payments.GetTotalsAcrossTenantsAsync(from, to, ct)).Where(t => ZoneOf(t.TenantId) == zoneId))
            {
                var name = totals.TenantId is { } id ? (await tenants.FindAsync(id, ct))?.Name : null;
                rows.Add(PaymentAppService.ToDto(totals, name, date, zone, from, to));
            }
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.TenantName, b.TenantName));
        return new HostPaymentReconciliationDto(date, rows, rows.Sum(r => r.PaidCount), rows.Sum(r => r.PaidFen),
            rows.Sum(r => r.RefundCount), rows.Sum(r => r.RefundedFen), rows.Sum(r => r.NetFen));
    }

    public async Task<PaymentSettingsDto> GetSettingsAsync(Guid tenantId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostPayments.Default, ct);
        var tenant = await tenants.GetAsync(tenantId, ct);
        using (currentTenant.Change(tenant.Id, tenant.Name))
            return ToDto(tenant.Id, await settings.FindAsync(ct));
    }

    public async Task<PaymentSettingsDto> UpdateSettingsAsync(Guid tenantId, UpdatePaymentSettingsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostPayments.Settings, ct);
        await inputValidation.ValidateAsync(input, ct);
        var tenant = await tenants.GetAsync(tenantId, ct);
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var current = await settings.FindAsync(ct);
            if (current is null)
            {
                current = new PaymentSettings(Guid.CreateVersion7(), tenant.Id);
                await settings.InsertAsync(current, ct);
            }
            current.SetWeChatPaySubMchId(input.WeChatPaySubMchId);
            current.SetTimeZone(input.TimeZone);
            await unitOfWork.SaveChangesAsync(ct);
            return ToDto(tenant.Id, current);
        }
    }

    private static PaymentSettingsDto ToDto(Guid tenantId, PaymentSettings? s) =>
        new(tenantId, s?.WeChatPaySubMchId, s?.TimeZoneId ?? PaymentConsts.DefaultTimeZone);
}
