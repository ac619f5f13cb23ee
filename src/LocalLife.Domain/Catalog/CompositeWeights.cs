using LocalLife.Errors;

namespace LocalLife.Catalog;

/// <summary>
/// How the composite store ranking weighs rating, nearness and popularity (whole percent, summing to 100).
/// Set by platform operators.
/// </summary>
public sealed record CompositeWeights(int Rating, int Distance, int Popularity)
{
    public static readonly CompositeWeights Default = new(40, 40, 20);

    public void Validate()
    {
        if (Rating < 0 || Distance < 0 || Popularity < 0 || Rating + Distance + Popularity != 100)
            throw new BusinessException(CatalogErrorCodes.InvalidWeights).With("Sum", Rating + Distance + Popularity);
    }
}
