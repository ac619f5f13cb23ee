using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Loyalty;

/// <summary>
/// The points ledger is platform data (a customer's wallet spans merchants), so not tenant-filtered; merchant
/// columns are named for what they are. The database guards the invariants: no negative balance or lot, one
/// account per customer, one entry per idempotency key.
/// </summary>
internal sealed class LoyaltyConfiguration :
    IEntityTypeConfiguration<PointsAccount>, IEntityTypeConfiguration<PointsLot>, IEntityTypeConfiguration<PointsEntry>,
    IEntityTypeConfiguration<PointsAllocation>, IEntityTypeConfiguration<LoyaltySettings>, IEntityTypeConfiguration<RebateRule>
{
    public void Configure(EntityTypeBuilder<PointsAccount> b)
    {
        b.ToTable("points_accounts", t => t.HasCheckConstraint("ck_points_accounts_balance_not_negative", "balance >= 0"));
        b.ConfigureAggregate();
        b.Property(a => a.LevelCode).HasMaxLength(32);
        b.HasIndex(a => a.CustomerId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PointsLot> b)
    {
        b.ToTable("points_lots", t => t.HasCheckConstraint("ck_points_lots_remaining", "remaining >= 0 AND remaining <= points"));
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasIndex(l => new { l.AccountId, l.ExpiresAt }).HasFilter("remaining > 0");
        b.HasIndex(l => l.EntryId);
    }

    public void Configure(EntityTypeBuilder<PointsEntry> b)
    {
        b.ToTable("points_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.DocumentType).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.IdempotencyKey).HasMaxLength(128).IsRequired();
        b.Property(e => e.DocumentId).HasMaxLength(64);
        b.Property(e => e.Note).HasMaxLength(256);
        b.HasIndex(e => new { e.AccountId, e.IdempotencyKey }).IsUnique();
        b.HasIndex(e => new { e.AccountId, e.At });
        b.HasIndex(e => new { e.MerchantTenantId, e.At });
    }

    public void Configure(EntityTypeBuilder<PointsAllocation> b)
    {
        b.ToTable("points_allocations", t => t.HasCheckConstraint("ck_points_allocations_positive", "points > 0"));
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasIndex(a => a.EntryId);
        b.HasIndex(a => new { a.At, a.EarnedAtTenantId, a.SpentAtTenantId });
    }

    public void Configure(EntityTypeBuilder<LoyaltySettings> b)
    {
        b.ToTable("loyalty_settings");
        b.ConfigureAggregate();
        b.Property(s => s.PayableDocuments).HasJsonConversion();
        b.Property(s => s.Levels).HasJsonConversion();
    }

    public void Configure(EntityTypeBuilder<RebateRule> b)
    {
        b.ToTable("rebate_rules");
        b.ConfigureAggregate();
        b.Property(r => r.Name).HasMaxLength(64).IsRequired();
        b.Property(r => r.Basis).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Categories).HasJsonConversion();
        b.HasIndex(r => new { r.TenantId, r.StoreId });
    }
}
