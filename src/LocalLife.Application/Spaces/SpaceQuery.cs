using LocalLife.Catalog;

namespace LocalLife.Spaces;

/// <summary>Filtering and ordering of a store's spaces, the same for merchants and customers. A store has tens of spaces, not thousands.</summary>
internal static class SpaceQuery
{
    public static IEnumerable<Space> Apply(IEnumerable<Space> spaces, GetSpacesInput input, Store store, DateTimeOffset now)
    {
        var local = store.LocalTime(now);
        var holiday = store.Hours.IsHoliday(DateOnly.FromDateTime(local));
        long PriceNow(Space s) => s.Pricing.PriceAt(local, holiday);

        var query = spaces;
        if (input.PartySize is { } size) query = query.Where(s => s.Details.Fits(size));
        if (!string.IsNullOrWhiteSpace(input.Type)) query = query.Where(s => s.TypeCode == input.Type);
        if (input.Facilities.Length > 0) query = query.Where(s => input.Facilities.All(s.Details.Facilities.Contains));
        if (input.MaxPriceFen is { } max) query = query.Where(s => PriceNow(s) <= max);
        if (input.Status is { } status) query = query.Where(s => s.Status == status);

        var sort = input.Sort ?? (input.PartySize is null ? SpaceSort.Number : SpaceSort.Recommended);
        return sort switch
        {
            SpaceSort.Recommended => query
                .OrderBy(s => s.Details.MaxCapacity - (input.PartySize ?? s.Details.MinCapacity))
                .ThenBy(PriceNow)
                .ThenByDescending(s => s.Details.Facilities.Count + s.Details.Features.Count)
                .ThenBy(s => s.Number, StringComparer.Ordinal),
            SpaceSort.Price => query.OrderBy(PriceNow).ThenBy(s => s.Number, StringComparer.Ordinal),
            _ => query.OrderBy(s => s.Number, StringComparer.Ordinal),
        };
    }
}
