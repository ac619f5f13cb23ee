using LocalLife.Entities;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>
/// A person who signs in: a platform operator (no tenant), a merchant's staff member (one tenant) or a customer
/// (platform-wide, no tenant). User names are unique within a tenant, so two merchants may both have "manager".
/// </summary>
public class AppUser : IdentityUser<Guid>, IMultiTenant, IFullAudited
{
    private AppUser() { } // EF

    public AppUser(Guid id, Guid? tenantId, string userName, string displayName, UserKind kind)
    {
        Id = id;
        TenantId = tenantId;
        UserName = userName;
        DisplayName = displayName;
        Kind = kind;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid? TenantId { get; private set; }
    public string DisplayName { get; private set; } = null!;
    public UserKind Kind { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>A customer's birthday, for the member level's birthday bonus; set once by the customer.</summary>
    public DateOnly? Birthday { get; private set; }

    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset? DeletionTime { get; set; }
    public Guid? DeleterId { get; set; }

    public void SetDisplayName(string displayName) => DisplayName = displayName.Trim();

    public void SetBirthday(DateOnly birthday)
    {
        if (Birthday is not null) throw new Errors.BusinessException(IdentityErrorCodes.BirthdayAlreadySet);
        Birthday = birthday;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
