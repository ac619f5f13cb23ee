using LocalLife.Ordering;

namespace LocalLife.Marketing;

internal static class ComboMapping
{
    public static ComboDefinition ToCombo(this ComboDefinitionDto d) => new(
        [.. d.Items.Select(i => new ComboItem(i.ProductId, i.Quantity))],
        [.. d.Groups.Select(g => new ComboGroup(g.Code.Trim(), g.Name.Trim(), g.Min, g.Max, [.. g.Choices.Select(c => new ComboChoice(c.ProductId, c.Quantity, c.ExtraFen))]))],
        d.PartyMin, d.PartyMax);

    public static ComboDefinitionDto ToDto(this ComboDefinition c) => new(
        [.. c.Items.Select(i => new ComboItemDto(i.ProductId, i.Quantity))],
        [.. c.Groups.Select(g => new ComboGroupDto(g.Code, g.Name, g.Min, g.Max, [.. g.Choices.Select(x => new ComboChoiceDto(x.ProductId, x.Quantity, x.ExtraFen))]))],
        c.PartyMin, c.PartyMax);

    /// <summary>What the contents cost one by one now; a component since deleted counts as nothing (the combo then is not orderable).</summary>
    public static long ComponentsFen(this ComboDefinition c, IReadOnlyDictionary<Guid, Product> parts) =>
        c.ComponentsRegularFen(c.ProductIds.ToDictionary(id => id, id => parts.TryGetValue(id, out var p) ? p.Prices.PriceFen : 0));

    public static ComboSummaryDto ToSummary(this Product combo, IReadOnlyDictionary<Guid, Product> parts)
    {
        var sum = combo.Combo!.ComponentsFen(parts);
        return new ComboSummaryDto(combo.Combo!.ToDto(), sum, Math.Max(0, sum - combo.Prices.PriceFen));
    }

    public static MenuComboDto ToMenu(this Product combo, IReadOnlyDictionary<Guid, Product> parts)
    {
        var c = combo.Combo!;
        Product? Part(Guid id) => parts.GetValueOrDefault(id);
        var sum = c.ComponentsFen(parts);
        return new MenuComboDto(
            [.. c.Items.Select(i => new MenuComboItemDto(i.ProductId, Part(i.ProductId)?.Details.Name ?? "?", i.Quantity, Part(i.ProductId)?.Prices.PriceFen ?? 0,
                Part(i.ProductId)?.Details.Images.FirstOrDefault(), Part(i.ProductId)?.IsOrderable == true))],
            [.. c.Groups.Select(g => new MenuComboGroupDto(g.Code, g.Name, g.Min, g.Max, [.. g.Choices.Select(x => new MenuComboChoiceDto(x.ProductId,
                $"{g.Code}:{x.ProductId:N}", Part(x.ProductId)?.Details.Name ?? "?", x.Quantity, x.ExtraFen, Part(x.ProductId)?.Prices.PriceFen ?? 0,
                Part(x.ProductId)?.Details.Images.FirstOrDefault(), Part(x.ProductId)?.IsOrderable == true))]))],
            c.PartyMin, c.PartyMax, sum, Math.Max(0, sum - combo.Prices.PriceFen), c.DefaultPicks());
    }
}
