using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Payments;

/// <summary>
/// The database's share of the payment rules: one live payment per business order, a transaction id applied
/// once, and refunds (settled + in flight) never above the amount — checked on every write, whatever the code did.
/// </summary>
internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public const string LiveStatuses = "status NOT IN ('Closed', 'Failed')";

    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_amount_positive", "amount_fen > 0");
            t.HasCheckConstraint("ck_payments_refunds_within_amount",
                "refunded_fen >= 0 AND refund_pending_fen >= 0 AND refunded_fen + refund_pending_fen <= amount_fen");
        });
        b.ConfigureAggregate();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.PayerOpenId).HasMaxLength(128).IsRequired();
        b.Property(p => p.Description).HasMaxLength(PaymentConsts.MaxDescriptionLength).IsRequired();
        b.Property(p => p.OutTradeNo).HasMaxLength(PaymentConsts.MaxOutTradeNoLength).IsRequired();
        b.Property(p => p.SubMchId).HasMaxLength(PaymentConsts.MaxSubMchIdLength);
        b.Property(p => p.PrepayId).HasMaxLength(64);
        b.Property(p => p.TransactionId).HasMaxLength(32);
        b.Property(p => p.FailureReason).HasMaxLength(256);
        b.Ignore(p => p.RefundableFen);
        b.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasIndex(p => p.OutTradeNo).IsUnique();
        b.HasIndex(p => p.TransactionId).IsUnique();
        b.HasIndex(p => new { p.TenantId, p.Kind, p.BusinessOrderId }).IsUnique().HasFilter(LiveStatuses)
            .HasDatabaseName("ix_payments_live_business_order");
        b.HasIndex(p => new { p.Status, p.ExpiresAt });
        b.HasIndex(p => new { p.TenantId, p.PaidAt });
        b.HasIndex(p => new { p.TenantId, p.CreationTime });
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> b)
    {
        b.ToTable("payment_refunds", t => t.HasCheckConstraint("ck_payment_refunds_amount_positive", "amount_fen > 0"));
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.OutRefundNo).HasMaxLength(PaymentConsts.MaxOutTradeNoLength).IsRequired();
        b.Property(r => r.Reason).HasMaxLength(PaymentConsts.MaxReasonLength);
        b.Property(r => r.IdempotencyKey).HasMaxLength(PaymentConsts.MaxIdempotencyKeyLength).IsRequired();
        b.Property(r => r.GatewayRefundId).HasMaxLength(64);
        b.Property(r => r.FailureReason).HasMaxLength(256);
        b.HasIndex(r => r.OutRefundNo).IsUnique();
        b.HasIndex(r => new { r.PaymentId, r.IdempotencyKey }).IsUnique();
        b.HasIndex(r => new { r.TenantId, r.SucceededAt });
    }
}

internal sealed class PaymentSettingsConfiguration : IEntityTypeConfiguration<PaymentSettings>
{
    public void Configure(EntityTypeBuilder<PaymentSettings> b)
    {
        b.ToTable("payment_settings");
        b.ConfigureAggregate();
        b.Property(s => s.WeChatPaySubMchId).HasMaxLength(PaymentConsts.MaxSubMchIdLength);
        b.Property(s => s.TimeZoneId).HasMaxLength(64).IsRequired();
        b.Ignore(s => s.TimeZone);
        b.HasIndex(s => s.TenantId).IsUnique();
    }
}
