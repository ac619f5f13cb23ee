using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Eventing;

internal sealed class InboxRecordConfiguration : IEntityTypeConfiguration<InboxRecord>
{
    public void Configure(EntityTypeBuilder<InboxRecord> b)
    {
        b.ToTable("inbox_records");
        b.HasKey(r => new { r.MessageId, r.Handler });
        b.Property(r => r.Handler).HasMaxLength(300);
        b.HasIndex(r => r.HandledTime);
    }
}
