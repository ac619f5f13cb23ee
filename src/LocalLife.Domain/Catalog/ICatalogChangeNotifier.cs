namespace LocalLife.Catalog;

/// <summary>Told when anything customers browse has changed and committed, so cached catalog reads are dropped.</summary>
public interface ICatalogChangeNotifier
{
    Task CatalogChangedAsync(CancellationToken ct);
}
