using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Eventing;

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> b)
    {
        b.ToTable("dead_letters");
        b.HasKey(d => d.MessageId);
        b.Property(d => d.EventName).HasMaxLength(200);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(DeadLetter.MaxErrorLength);
        b.HasIndex(d => new { d.Status, d.LastFailedTime });
    }
}
