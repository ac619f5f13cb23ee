using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Tenancy;
using LocalLife.Validation;

namespace LocalLife.Payments;

public sealed class PaymentAppService(
    IPaymentRepository payments,
    IPaymentSettingsRepository settings,
    ITenantRepository tenants,
    PaymentProcessor processor,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IPaymentAppService
{
    public async Task<PaymentDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Default, ct);
        return (await payments.GetAsync(id, ct)).ToDto();
    }

    public async Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var query = new PaymentQuery(input.Status, input.Kind, input.BusinessOrderId, input.OutTradeNo, input.CreatedFrom, input.CreatedTo);
        var (items, total) = await payments.GetPageAsync(query, input.Skip, input.Take, ct);
        return new PagedResultDto<PaymentDto>(items.Select(p => p.ToDto()).ToList(), total);
    }

    public async Task<PaymentDto> CloseAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Refund, ct);
        return (await processor.CloseAsync(id, ct)).ToDto();
    }

    public async Task<PaymentRefundDto> RefundAsync(Guid id, RefundPaymentDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Refund, ct);
        await inputValidation.ValidateAsync(input, ct);
        return (await processor.RefundAsync(id, input.AmountFen, input.Reason, input.IdempotencyKey.Trim(), ct)).ToDto();
    }

    public async Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Default, ct);
        return (await processor.SyncAsync(id, ct)).ToDto();
    }

    public async Task<PaymentReconciliationDto> GetReconciliationAsync(DateOnly date, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Payments.Reconciliation, ct);
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Reconciliation of a tenant needs the tenant.");
        var zone = (await settings.FindAsync(ct))?.TimeZone ?? PaymentSettings.FindTimeZone(PaymentConsts.DefaultTimeZone);
        var (from, to) = Day(date, zone);
        var totals = (await payments.GetTotalsAsync(from, to, ct)).SingleOrDefault(t => t.TenantId == tenantId)
            ?? new PaymentDailyTotals(tenantId, 0, 0, 0, 0);
        return ToDto(totals, currentTenant.Name ?? (await tenants.FindAsync(tenantId, ct))?.Name, date, zone, from, to);
    }

    /// <summary>The calendar day in the zone, as a half-open UTC range (a DST day may be 23 or 25 hours long).</summary>
    internal static (DateTimeOffset From, DateTimeOffset To) Day(DateOnly date, TimeZoneInfo zone)
    {
        DateTimeOffset Start(DateOnly d)
        {
            var local = d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
        return (Start(date), Start(date.AddDays(1)));
    }

    internal static PaymentReconciliationDto ToDto(PaymentDailyTotals t, string? tenantName, DateOnly date, TimeZoneInfo zone,
        DateTimeOffset from, DateTimeOffset to) =>
        new(t.TenantId, tenantName, date, zone.Id, from, to, t.PaidCount, t.PaidFen, t.RefundCount, t.RefundedFen, t.PaidFen - t.RefundedFen);
}
