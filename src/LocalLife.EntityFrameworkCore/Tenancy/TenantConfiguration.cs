using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Tenancy;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.ToTable("tenants");
        b.ConfigureAggregate();
        b.Property(t => t.Name).HasMaxLength(TenantConsts.MaxNameLength).IsRequired();
        b.Property(t => t.DisplayName).HasMaxLength(TenantConsts.MaxDisplayNameLength).IsRequired();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property<List<string>>("_enabledCategories").HasColumnName("enabled_categories").HasColumnType("text[]");
        b.Ignore(t => t.EnabledCategories);
        b.ComplexProperty(t => t.Contact, c =>
        {
            c.Property(x => x.Name).HasColumnName("contact_name").HasMaxLength(TenantConsts.MaxContactLength);
            c.Property(x => x.Phone).HasColumnName("contact_phone").HasMaxLength(32);
            c.Property(x => x.Email).HasColumnName("contact_email").HasMaxLength(TenantConsts.MaxContactLength);
        });
        b.HasIndex(t => t.Name).IsUnique();
    }
}
