using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Dispatch;

internal sealed class WaiterDutyConfiguration : IEntityTypeConfiguration<WaiterDuty>
{
    public void Configure(EntityTypeBuilder<WaiterDuty> b)
    {
        b.ToTable("waiter_duties");
        b.ConfigureAggregate();
        b.Property(x => x.Name).HasMaxLength(64).IsRequired();
        b.Property(x => x.Position).HasJsonConversion();
        b.HasIndex(x => new { x.StoreId, x.UserId }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.OnDuty });
    }
}

internal sealed class DeliveryTaskConfiguration : IEntityTypeConfiguration<DeliveryTask>
{
    public void Configure(EntityTypeBuilder<DeliveryTask> b)
    {
        b.ToTable("delivery_tasks");
        b.ConfigureAggregate();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Stops).HasJsonConversion();
        b.Property(x => x.Declined).HasJsonConversion();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.CanTakeStops);
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.Status });
        b.HasIndex(x => new { x.WaiterId, x.Status });
    }
}
