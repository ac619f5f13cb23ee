namespace LocalLife.Catalog;

/// <summary>Orderings of the customer store list (requirements §5.1.2).</summary>
public enum StoreSort
{
    Distance = 1,
    Composite = 2,
    PriceLowToHigh = 3,
    PriceHighToLow = 4,
    Rating = 5,
}
