namespace LocalLife.Catalog;

public interface ICatalogSettingsRepository
{
    /// <summary>The settings row, created with defaults when missing (not yet saved).</summary>
    Task<CatalogSettings> GetAsync(CancellationToken ct);
}
