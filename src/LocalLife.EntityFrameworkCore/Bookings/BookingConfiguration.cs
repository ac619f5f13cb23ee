using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Bookings;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public const string OneActivePerSpaceIndex = "ux_bookings_active_space";
    public const string CheckInCodeIndex = "ux_bookings_check_in_code";

    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.ToTable("bookings", t => t.HasCheckConstraint("ck_bookings_amounts", PayableAmountColumns.Check("deposit_fen")));
        b.ConfigureAggregate();
        b.ComplexProperty(x => x.Amount, a => a.MapPayableAmount("deposit_fen"));
        b.Property(x => x.Discounts).HasJsonConversion();
        b.Property(x => x.SpaceNumber).HasMaxLength(32).IsRequired();
        b.Property(x => x.Number).HasMaxLength(16).IsRequired();
        b.Property(x => x.CheckInCode).HasMaxLength(BookingConsts.CheckInCodeLength).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CloseReason).HasMaxLength(256);

        // The rule "one active booking per space" lives in the database: of racing inserts, exactly one commits.
        var active = string.Join(", ", BookingConsts.ActiveStatuses.Select(s => $"'{s}'"));
        b.HasIndex(x => x.SpaceId).IsUnique().HasFilter($"status IN ({active}) AND is_deleted = false").HasDatabaseName(OneActivePerSpaceIndex);
        // A code names one live booking of a merchant; finished bookings keep theirs for history.
        b.HasIndex(x => new { x.TenantId, x.CheckInCode }).IsUnique().HasFilter($"status IN ({active}) AND is_deleted = false")
            .HasDatabaseName(CheckInCodeIndex);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.ArriveAt });
        b.HasIndex(x => new { x.CustomerId, x.CreationTime });
    }
}
