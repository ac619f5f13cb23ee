using LocalLife.Entities;

namespace LocalLife.Catalog;

/// <summary>The platform's catalog settings (one row, host-owned): ranking weights of the composite sort.</summary>
public class CatalogSettings : AggregateRoot<Guid>
{
    public static readonly Guid SingletonId = new("00000000-0000-7000-8000-000000000001");

    private CatalogSettings() { } // EF

    public CatalogSettings(CompositeWeights weights) : base(SingletonId) => SetWeights(weights);

    public CompositeWeights Weights { get; private set; } = CompositeWeights.Default;

    public void SetWeights(CompositeWeights weights)
    {
        weights.Validate();
        Weights = weights;
    }
}
