using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Reviews;

/// <summary>The database's share of "one review per order or booking": a unique index on the source, whatever raced.</summary>
internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public const string OnePerSourceIndex = "ux_reviews_source";

    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("reviews", t => t.HasCheckConstraint("ck_reviews_stars", $"stars BETWEEN {ReviewConsts.MinStars} AND {ReviewConsts.MaxStars}"));
        b.ConfigureAggregate();
        b.Property(x => x.StoreName).HasMaxLength(128).IsRequired();
        b.Property(x => x.SourceKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Text).HasMaxLength(ReviewConsts.MaxTextLength).IsRequired();
        b.Property(x => x.TextFingerprint).HasMaxLength(64);
        b.Property(x => x.Tags).HasJsonConversion();
        b.Property(x => x.Images).HasJsonConversion();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RejectionReason).HasMaxLength(ReviewConsts.MaxReasonLength);
        b.Property(x => x.MachineVerdict).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.MachineTraceId).HasMaxLength(64);
        b.Property(x => x.Flags).HasJsonConversion();
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ReplyText).HasMaxLength(ReviewConsts.MaxReplyLength);
        b.Ignore(x => x.IsPublished);
        b.HasIndex(x => new { x.SourceKind, x.SourceId }).IsUnique().HasDatabaseName(OnePerSourceIndex);
        b.HasIndex(x => new { x.TenantId, x.StoreId, x.Status, x.PublishedAt });
        b.HasIndex(x => new { x.CustomerId, x.SubmittedAt });
        b.HasIndex(x => new { x.Status, x.SubmittedAt });
        b.HasIndex(x => x.TextFingerprint).HasFilter("text_fingerprint IS NOT NULL");
    }
}

internal sealed class ReviewSettingsConfiguration : IEntityTypeConfiguration<ReviewSettings>
{
    public void Configure(EntityTypeBuilder<ReviewSettings> b)
    {
        b.ToTable("review_settings");
        b.ConfigureAggregate();
        b.Property(x => x.BlockedWords).HasJsonConversion();
        b.Property(x => x.SuspiciousWords).HasJsonConversion();
    }
}
