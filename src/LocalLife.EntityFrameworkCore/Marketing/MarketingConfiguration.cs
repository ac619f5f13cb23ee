using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Marketing;

internal sealed class CouponTemplateConfiguration : IEntityTypeConfiguration<CouponTemplate>
{
    public void Configure(EntityTypeBuilder<CouponTemplate> b)
    {
        b.ToTable("coupon_templates", t => t.HasCheckConstraint("ck_coupon_templates_issued", "issued_count >= 0 AND issued_count <= total_quantity"));
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(MarketingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(MarketingConsts.MaxDescriptionLength);
        b.Property(x => x.Rules).HasJsonConversion();
        b.Property(x => x.Validity).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.TenantId, x.Status });
    }
}

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public const string SequenceIndex = "ux_coupons_template_customer_sequence";

    public void Configure(EntityTypeBuilder<Coupon> b)
    {
        // The customer's wallet, like the points account: platform-wide, not a tenant's (no row-level security).
        b.ToTable("coupons", t =>
        {
            t.HasCheckConstraint("ck_coupons_sequence", $"sequence BETWEEN 1 AND {MarketingConsts.MaxPerCustomerLimit}");
            t.HasCheckConstraint("ck_coupons_used", "(status = 'Used') = (used_for_id IS NOT NULL) AND discount_fen >= 0");
        });
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(MarketingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Rules).HasJsonConversion();
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.UsedForKind).HasConversion<string>().HasMaxLength(24);
        // A customer's n-th coupon of a template exists once, and n never passes the per-customer limit: racing claims of one
        // customer collide here instead of both succeeding.
        b.HasIndex(x => new { x.TemplateId, x.CustomerId, x.Sequence }).IsUnique().HasDatabaseName(SequenceIndex);
        b.HasIndex(x => new { x.CustomerId, x.Status, x.ValidTo });
        b.HasIndex(x => new { x.UsedForKind, x.UsedForId }).IsUnique().HasFilter("used_for_id IS NOT NULL");
        b.HasIndex(x => new { x.TemplateId, x.Status });
        b.HasIndex(x => new { x.UsedAtTenantId, x.UsedAt }).HasFilter("used_at_tenant_id IS NOT NULL");
    }
}

internal sealed class CustomerPurchaseConfiguration : IEntityTypeConfiguration<CustomerPurchase>
{
    public void Configure(EntityTypeBuilder<CustomerPurchase> b)
    {
        b.ToTable("customer_purchases");
        b.HasKey(x => new { x.CustomerId, x.TenantId });
    }
}
