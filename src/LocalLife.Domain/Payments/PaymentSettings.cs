using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Payments;

/// <summary>
/// A tenant's payment settings: its WeChat Pay sub-merchant (Partner mode: the platform is the service provider)
/// and the time zone its report days are cut in. One row per tenant.
/// </summary>
public class PaymentSettings : AggregateRoot<Guid>, IMultiTenant
{
    private PaymentSettings() { } // EF

    public PaymentSettings(Guid id, Guid tenantId) : base(id)
    {
        TenantId = tenantId;
        TimeZoneId = PaymentConsts.DefaultTimeZone;
    }

    public Guid? TenantId { get; private set; }
    public string? WeChatPaySubMchId { get; private set; }
    public string TimeZoneId { get; private set; } = null!;

    public TimeZoneInfo TimeZone => FindTimeZone(TimeZoneId);

    public void SetWeChatPaySubMchId(string? subMchId) =>
        WeChatPaySubMchId = string.IsNullOrWhiteSpace(subMchId) ? null : subMchId.Trim();

    public void SetTimeZone(string timeZoneId)
    {
        FindTimeZone(timeZoneId);
        TimeZoneId = timeZoneId;
    }

    public static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new BusinessException(PaymentErrorCodes.UnknownTimeZone).With("TimeZone", timeZoneId);
        }
    }
}
