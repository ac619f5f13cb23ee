using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Identity;

/// <summary>
/// Identity's tables under plain names. User and role names are unique per tenant (host rows share the null
/// tenant, so NULLS NOT DISTINCT), replacing Identity's global unique indexes.
/// </summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.ToTable("users");
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.DisplayName).HasMaxLength(64).IsRequired();
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.Properties.Single().Name == nameof(AppUser.NormalizedUserName)));
        b.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ix_users_tenant_user_name");
    }
}

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b)
    {
        b.ToTable("roles");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.Properties.Single().Name == nameof(AppRole.NormalizedName)));
        b.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ix_roles_tenant_name");
    }
}

internal sealed class IdentityTableNames :
    IEntityTypeConfiguration<IdentityUserRole<Guid>>, IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>, IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> b) => b.ToTable("user_roles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("user_claims");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b)
    {
        b.ToTable("role_claims");
        b.HasIndex(c => new { c.RoleId, c.ClaimType, c.ClaimValue }).IsUnique();
    }
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("user_logins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("user_tokens");
}
