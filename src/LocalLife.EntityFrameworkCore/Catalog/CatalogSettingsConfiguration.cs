using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalLife.Catalog;

internal sealed class CatalogSettingsConfiguration : IEntityTypeConfiguration<CatalogSettings>
{
    public void Configure(EntityTypeBuilder<CatalogSettings> b)
    {
        b.ToTable("catalog_settings");
        b.ConfigureAggregate();
        b.ComplexProperty(s => s.Weights, w =>
        {
            w.Property(x => x.Rating).HasColumnName("weight_rating");
            w.Property(x => x.Distance).HasColumnName("weight_distance");
            w.Property(x => x.Popularity).HasColumnName("weight_popularity");
        });
    }
}

internal sealed class CatalogSettingsRepository(LocalLifeDbContext db) : ICatalogSettingsRepository
{
    public async Task<CatalogSettings> GetAsync(CancellationToken ct)
    {
        var settings = await db.Set<CatalogSettings>().FirstOrDefaultAsync(s => s.Id == CatalogSettings.SingletonId, ct);
        if (settings is not null) return settings;
        settings = new CatalogSettings(CompositeWeights.Default);
        db.Add(settings);
        return settings;
    }
}
