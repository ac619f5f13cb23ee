using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Media;

internal sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public void Configure(EntityTypeBuilder<Video> b)
    {
        b.ToTable("videos");
        b.ConfigureAggregate();
        b.Property(v => v.OwnerKind).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.ContentType).HasMaxLength(64);
        b.Property(v => v.SourceName).HasMaxLength(256);
        b.Property(v => v.VideoName).HasMaxLength(256);
        b.Property(v => v.PosterName).HasMaxLength(256);
        b.Property(v => v.RejectReason).HasMaxLength(64);
        b.HasIndex(v => new { v.TenantId, v.StoreId, v.SpaceId });
    }
}

internal sealed class VideoRepository(LocalLifeDbContext db) : IVideoRepository
{
    public async Task<Video> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<Video>().FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Video), id);

    public async Task<IReadOnlyList<Video>> GetListAsync(Guid storeId, Guid? spaceId, bool readyOnly, CancellationToken ct) =>
        await db.Set<Video>()
            .Where(v => v.StoreId == storeId && v.SpaceId == spaceId && (!readyOnly || v.Status == VideoStatus.Ready))
            .OrderBy(v => v.SortOrder).ThenBy(v => v.CreationTime)
            .ToListAsync(ct);

    public async Task InsertAsync(Video video, CancellationToken ct) => await db.Set<Video>().AddAsync(video, ct);

    public void Delete(Video video) => db.Set<Video>().Remove(video);
}
