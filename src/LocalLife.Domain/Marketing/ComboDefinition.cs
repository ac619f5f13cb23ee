using LocalLife.Errors;

namespace LocalLife.Marketing;

/// <summary>A product every combo comes with, and how many.</summary>
public sealed record ComboItem(Guid ProductId, int Quantity);

/// <summary>A product the customer may pick in a group, how many come with it, and what it adds to the combo's price.</summary>
public sealed record ComboChoice(Guid ProductId, int Quantity, long ExtraFen);

/// <summary>
/// A group of choices ("pick 2 of these 5 snacks"): between <see cref="Min"/> and <see cref="Max"/> different products of
/// it. A group with no minimum holds the optional items a customer may add.
/// </summary>
public sealed record ComboGroup(string Code, string Name, int Min, int Max, IReadOnlyList<ComboChoice> Choices);

/// <summary>One pick of a customer in a combo (named as the product is named now).</summary>
public sealed record ComboPick(string GroupCode, string GroupName, Guid ProductId, string ProductName, int Quantity, long ExtraFen)
{
    /// <summary>How a pick is written in a cart line: "group:productId".</summary>
    public string Code => $"{GroupCode}:{ProductId:N}";
}

/// <summary>
/// A set meal (套餐): fixed items and choice groups sold as one product at its own price, for a party of
/// <see cref="PartyMin"/>–<see cref="PartyMax"/> people (what the recommender matches rooms and bookings against).
/// Stock is taken from the component products, so a combo is only orderable while its picks are.
/// </summary>
public sealed record ComboDefinition(IReadOnlyList<ComboItem> Items, IReadOnlyList<ComboGroup> Groups, int PartyMin, int PartyMax)
{
    public const int MaxQuantity = 20;

    public IEnumerable<Guid> ProductIds => Items.Select(i => i.ProductId).Concat(Groups.SelectMany(g => g.Choices).Select(c => c.ProductId)).Distinct();

    public bool FitsParty(int people) => people >= PartyMin && people <= PartyMax;

    public void Validate()
    {
        var ok = Items.Count + Groups.Count > 0
            && Items.All(i => i.Quantity is >= 1 and <= MaxQuantity) && Items.Select(i => i.ProductId).Distinct().Count() == Items.Count
            && Groups.Select(g => g.Code).Distinct().Count() == Groups.Count
            && Groups.All(g => g.Code.Length > 0 && !g.Code.Contains(':') && g.Choices.Count > 0 && g.Min >= 0 && g.Max >= Math.Max(1, g.Min)
                && g.Max <= g.Choices.Count && g.Choices.Select(c => c.ProductId).Distinct().Count() == g.Choices.Count
                && g.Choices.All(c => c.Quantity is >= 1 and <= MaxQuantity && c.ExtraFen >= 0))
            && PartyMin >= 1 && PartyMax >= PartyMin && PartyMax <= 100;
        if (!ok) throw new BusinessException(MarketingErrorCodes.InvalidCombo);
    }

    /// <summary>The customer's picks ("group:productId") checked against the groups: each group's minimum and maximum, nothing unknown.</summary>
    /// <param name="nameOf">The current name of a product of the combo.</param>
    public IReadOnlyList<ComboPick> Resolve(IReadOnlyList<string> codes, Func<Guid, string> nameOf)
    {
        var picks = new List<ComboPick>();
        foreach (var code in codes.Distinct())
        {
            var parts = code.Split(':', 2);
            var group = parts.Length == 2 ? Groups.FirstOrDefault(g => g.Code == parts[0]) : null;
            var choice = group is not null && Guid.TryParse(parts[1], out var productId) ? group.Choices.FirstOrDefault(c => c.ProductId == productId) : null;
            if (group is null || choice is null) throw new BusinessException(MarketingErrorCodes.InvalidComboPicks).With("Pick", code);
            picks.Add(new ComboPick(group.Code, group.Name, choice.ProductId, nameOf(choice.ProductId), choice.Quantity, choice.ExtraFen));
        }
        foreach (var g in Groups)
        {
            var count = picks.Count(p => p.GroupCode == g.Code);
            if (count < g.Min || count > g.Max)
                throw new BusinessException(MarketingErrorCodes.InvalidComboPicks).With("Pick", $"{g.Name}: {g.Min}–{g.Max}");
        }
        // A stable order, so the same picks in another order are the same cart line.
        return [.. picks.OrderBy(p => Groups.ToList().FindIndex(g => g.Code == p.GroupCode)).ThenBy(p => p.ProductId)];
    }

    /// <summary>The picks a one-tap add takes: the first choices of each group, as many as it needs.</summary>
    public IReadOnlyList<string> DefaultPicks() => [.. Groups.SelectMany(g => g.Choices.Take(g.Min).Select(c => $"{g.Code}:{c.ProductId:N}"))];

    /// <summary>
    /// What the combo's contents cost bought one by one at their regular prices, with the cheapest picks that meet each group's
    /// minimum: the combo's price must be below it (the saving shown to the merchant and the customer).
    /// </summary>
    public long ComponentsRegularFen(IReadOnlyDictionary<Guid, long> regularPrices) =>
        Items.Sum(i => regularPrices[i.ProductId] * i.Quantity)
        + Groups.Sum(g => g.Choices.Select(c => regularPrices[c.ProductId] * c.Quantity).Order().Take(g.Min).Sum());
}
