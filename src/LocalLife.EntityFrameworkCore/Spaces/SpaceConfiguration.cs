using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Spaces;

internal sealed class SpaceConfiguration : IEntityTypeConfiguration<Space>
{
    public void Configure(EntityTypeBuilder<Space> b)
    {
        b.ToTable("spaces");
        b.ConfigureAggregate();
        b.Property(s => s.Number).HasMaxLength(32).IsRequired();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.TypeCode).HasMaxLength(32).IsRequired();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.ComplexProperty(s => s.Details, d =>
        {
            d.Property(x => x.Name).HasColumnName("name").HasMaxLength(64).IsRequired();
            d.Property(x => x.TypeCode).HasColumnName("details_type_code").HasMaxLength(32).IsRequired();
            d.Property(x => x.MinCapacity).HasColumnName("min_capacity");
            d.Property(x => x.MaxCapacity).HasColumnName("max_capacity");
            d.Property(x => x.Facilities).HasColumnName("facilities").HasJsonConversion();
            d.Property(x => x.Features).HasColumnName("features").HasJsonConversion();
            d.Property(x => x.Description).HasColumnName("description").HasMaxLength(1000);
        });
        b.ComplexProperty(s => s.Position, p =>
        {
            p.Property(x => x.Floor).HasColumnName("floor");
            p.Property(x => x.X).HasColumnName("plan_x");
            p.Property(x => x.Y).HasColumnName("plan_y");
        });
        b.ComplexProperty(s => s.Pricing, p =>
        {
            p.Property(x => x.BaseFen).HasColumnName("base_price_fen");
            p.Property(x => x.MinimumSpendFen).HasColumnName("minimum_spend_fen");
            p.Property(x => x.Rules).HasColumnName("price_rules").HasJsonConversion();
        });
        // Numbers are unique within a store among spaces not deleted.
        b.HasIndex(s => new { s.StoreId, s.Number }).IsUnique().HasFilter("is_deleted = false");
        b.HasIndex(s => new { s.TenantId, s.StoreId });
    }
}

internal sealed class SpaceStatusRecordConfiguration : IEntityTypeConfiguration<SpaceStatusRecord>
{
    public void Configure(EntityTypeBuilder<SpaceStatusRecord> b)
    {
        b.ToTable("space_status_history");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.From).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.To).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Reason).HasMaxLength(256);
        b.HasIndex(r => new { r.SpaceId, r.At });
    }
}
