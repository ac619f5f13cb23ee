using LocalLife.Entities;
using LocalLife.Errors;

namespace LocalLife.Tenancy;

/// <summary>
/// A merchant on the platform. Host-owned (not <c>IMultiTenant</c>): only platform operators change it.
/// Its <see cref="Name"/> is the stable handle staff type at sign-in; <see cref="DisplayName"/> is what people read.
/// </summary>
public class Tenant : FullAuditedAggregateRoot<Guid>
{
    private List<string> _enabledCategories = [];

    private Tenant() { } // EF

    internal Tenant(Guid id, string name, string displayName, TenantContact contact) : base(id)
    {
        Name = name;
        DisplayName = displayName;
        Contact = contact;
        Status = TenantStatus.Active;
    }

    public string Name { get; private set; } = null!;
    public string DisplayName { get; private set; } = null!;
    public TenantContact Contact { get; private set; } = null!;
    public TenantStatus Status { get; private set; }
    public IReadOnlyList<string> EnabledCategories => _enabledCategories;

    public bool IsActive => Status == TenantStatus.Active;

    public void Rename(string displayName) => DisplayName = displayName;

    public void SetContact(TenantContact contact) => Contact = contact;

    /// <summary>Only <see cref="TenantManager"/> calls this: it checks the codes against the platform's categories.</summary>
    internal void SetEnabledCategories(IEnumerable<string> codes) =>
        _enabledCategories = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public void Deactivate()
    {
        if (Status == TenantStatus.Inactive) throw new BusinessException(TenantErrorCodes.AlreadyInactive);
        Status = TenantStatus.Inactive;
        AddDomainEvent(new TenantStatusChanged(Id, Status));
    }

    public void Activate()
    {
        if (Status == TenantStatus.Active) throw new BusinessException(TenantErrorCodes.AlreadyActive);
        Status = TenantStatus.Active;
        AddDomainEvent(new TenantStatusChanged(Id, Status));
    }
}
