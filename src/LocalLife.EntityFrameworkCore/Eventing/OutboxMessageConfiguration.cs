using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Eventing;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.EventName).HasMaxLength(200).IsRequired();
        b.Property(m => m.Payload).HasColumnType("jsonb").IsRequired();
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        // The relay's scan: only pending rows, in the order they are due.
        b.HasIndex(m => m.NextAttemptTime).HasFilter("status = 0").HasDatabaseName("ix_outbox_messages_due");
        b.HasIndex(m => new { m.Status, m.PublishedTime });
    }
}
