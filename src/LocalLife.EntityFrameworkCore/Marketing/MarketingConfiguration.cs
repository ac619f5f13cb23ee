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

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("activities", t => t.HasCheckConstraint("ck_activities_period", "starts_at < ends_at"));
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(MarketingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Theme).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.StoreIds).HasJsonConversion();
        b.Property(x => x.Prices).HasJsonConversion();
        b.Property(x => x.Tiers).HasJsonConversion();
        b.HasIndex(x => new { x.TenantId, x.Status, x.EndsAt });
    }
}

internal sealed class ActivitySaleConfiguration : IEntityTypeConfiguration<ActivitySale>
{
    public void Configure(EntityTypeBuilder<ActivitySale> b)
    {
        b.ToTable("activity_sales", t => t.HasCheckConstraint("ck_activity_sales_units", "units >= 0"));
        b.HasKey(x => new { x.ActivityId, x.ProductId, x.CustomerId });
    }
}

internal sealed class MallItemConfiguration : IEntityTypeConfiguration<MallItem>
{
    public void Configure(EntityTypeBuilder<MallItem> b)
    {
        b.ToTable("mall_items", t => t.HasCheckConstraint("ck_mall_items_stock", "redeemed_count >= 0 AND (stock IS NULL OR redeemed_count <= stock)"));
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(MarketingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(MarketingConsts.MaxDescriptionLength);
        b.Property(x => x.Image).HasMaxLength(512);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.Left);
        b.HasIndex(x => new { x.TenantId, x.Status });
    }
}

internal sealed class MallRedemptionConfiguration : IEntityTypeConfiguration<MallRedemption>
{
    public const string SequenceIndex = "ux_mall_redemptions_item_customer_sequence";

    public void Configure(EntityTypeBuilder<MallRedemption> b)
    {
        // The customer's, like coupons: platform-wide; a merchant reads its vouchers by their issuer.
        b.ToTable("mall_redemptions", t => t.HasCheckConstraint("ck_mall_redemptions_sequence", $"sequence BETWEEN 1 AND {MarketingConsts.MaxPerCustomerLimit}"));
        b.ConfigureAggregate();
        b.Property(x => x.ItemName).HasMaxLength(MarketingConsts.MaxNameLength).IsRequired();
        b.Property(x => x.VoucherCode).HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.PointsKey);
        b.HasIndex(x => new { x.ItemId, x.CustomerId, x.Sequence }).IsUnique().HasDatabaseName(SequenceIndex);
        b.HasIndex(x => new { x.IssuerTenantId, x.VoucherCode }).IsUnique().HasFilter("voucher_code IS NOT NULL");
        b.HasIndex(x => new { x.CustomerId, x.RedeemedAt });
    }
}
