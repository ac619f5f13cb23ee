using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetTopologySuite.Geometries;

namespace LocalLife.Catalog;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    /// <summary>The geography column PostgreSQL derives from latitude and longitude, GiST-indexed for distance queries.</summary>
    public const string LocationColumn = "location";

    public void Configure(EntityTypeBuilder<Store> b)
    {
        b.ToTable("stores");
        b.ConfigureAggregate();
        b.Property(s => s.CategoryCode).HasMaxLength(CategoryConsts.MaxCodeLength).IsRequired();
        b.ComplexProperty(s => s.Profile, p =>
        {
            p.Property(x => x.Name).HasColumnName("name").HasMaxLength(128).IsRequired();
            p.Property(x => x.Address).HasColumnName("address").HasMaxLength(256).IsRequired();
            p.Property(x => x.Phone).HasColumnName("phone").HasMaxLength(32);
            p.Property(x => x.Intro).HasColumnName("intro").HasMaxLength(2000);
            p.Property(x => x.Images).HasColumnName("images").HasJsonConversion();
        });
        b.Property(s => s.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(s => s.Hours).HasJsonConversion();
        b.Property(s => s.SpaceTypes).HasJsonConversion();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Rating).HasPrecision(3, 2);
        b.ComplexProperty(s => s.BookingPolicy, p =>
        {
            p.Property(x => x.CancelDeadlineMinutes).HasColumnName("cancel_deadline_minutes").HasDefaultValue(120);
            p.Property(x => x.NoShowGraceMinutes).HasColumnName("no_show_grace_minutes").HasDefaultValue(30);
            p.Property(x => x.RefundDepositOnNoShow).HasColumnName("refund_deposit_on_no_show").HasDefaultValue(false);
        });
        b.Ignore(s => s.Position);
        b.Property<Point>(LocationColumn)
            .HasColumnType("geography (point, 4326)")
            .HasComputedColumnSql("ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography", stored: true);
        b.HasIndex(LocationColumn).HasMethod("gist");
        b.HasIndex(s => s.TenantId);
        b.HasIndex(s => s.CategoryCode);
    }
}
