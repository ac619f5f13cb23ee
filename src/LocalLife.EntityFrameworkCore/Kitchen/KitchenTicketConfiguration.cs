using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Kitchen;

/// <summary>One ticket per order and station: a second split of the same order cannot insert twice.</summary>
internal sealed class KitchenTicketConfiguration : IEntityTypeConfiguration<KitchenTicket>
{
    public void Configure(EntityTypeBuilder<KitchenTicket> b)
    {
        b.ToTable("kitchen_tickets");
        b.ConfigureAggregate();
        b.Property(x => x.OrderNumber).HasMaxLength(16).IsRequired();
        b.Property(x => x.SpaceNumber).HasMaxLength(32).IsRequired();
        b.Property(x => x.OrderNote).HasMaxLength(Ordering.OrderingConsts.MaxNoteLength);
        b.Property(x => x.Station).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Items).HasJsonConversion();
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.OrderId, x.Station }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.Station, x.Status });
    }
}
