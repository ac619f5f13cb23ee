using LocalLife.Errors;

namespace LocalLife.Ordering;

/// <summary>One choice of a spec group (大杯 +3元, 少冰, 半糖…), with what it adds to the price.</summary>
public sealed record SpecOption(string Code, string Name, long DeltaFen);

/// <summary>
/// A product's spec group (size, ice, sugar…). A required single-choice group needs exactly one option; an optional
/// one at most one; a multi-choice group any number of distinct options.
/// </summary>
public sealed record SpecGroup(string Code, string Name, bool Required, bool Multiple, IReadOnlyList<SpecOption> Options);

/// <summary>The options a customer chose, resolved against the product's groups.</summary>
public sealed record ChosenOption(string GroupCode, string GroupName, string OptionCode, string OptionName, long DeltaFen);

public static class ProductSpecs
{
    public static void Validate(IReadOnlyList<SpecGroup> groups)
    {
        if (groups.Select(g => g.Code).Distinct().Count() != groups.Count)
            throw new BusinessException(OrderingErrorCodes.InvalidSpecs).With("Reason", "duplicate group code");
        foreach (var g in groups)
        {
            if (g.Options.Count == 0 || g.Options.Select(o => o.Code).Distinct().Count() != g.Options.Count)
                throw new BusinessException(OrderingErrorCodes.InvalidSpecs).With("Reason", $"group {g.Code}: options empty or duplicated");
            if (g.Options.Any(o => o.DeltaFen < 0))
                throw new BusinessException(OrderingErrorCodes.InvalidSpecs).With("Reason", $"group {g.Code}: negative price delta");
        }
    }

    /// <summary>"group:option" codes → the chosen options; unknown codes, a missing required group or two picks in a single-choice group are refused.</summary>
    public static IReadOnlyList<ChosenOption> Resolve(IReadOnlyList<SpecGroup> groups, IReadOnlyList<string> codes)
    {
        var chosen = new List<ChosenOption>();
        foreach (var code in codes.Distinct())
        {
            var parts = code.Split(':', 2);
            var group = parts.Length == 2 ? groups.FirstOrDefault(g => g.Code == parts[0]) : null;
            var option = group?.Options.FirstOrDefault(o => o.Code == parts[1]);
            if (group is null || option is null) throw new BusinessException(OrderingErrorCodes.InvalidOptions).With("Option", code);
            chosen.Add(new ChosenOption(group.Code, group.Name, option.Code, option.Name, option.DeltaFen));
        }

        foreach (var g in groups)
        {
            var picks = chosen.Count(c => c.GroupCode == g.Code);
            if (g.Required && picks == 0) throw new BusinessException(OrderingErrorCodes.InvalidOptions).With("Option", $"{g.Code}: required");
            if (!g.Multiple && picks > 1) throw new BusinessException(OrderingErrorCodes.InvalidOptions).With("Option", $"{g.Code}: one only");
        }

        // A stable order, so the same choice in another order is the same cart line.
        return chosen.OrderBy(c => groups.Select(g => g.Code).ToList().IndexOf(c.GroupCode)).ThenBy(c => c.OptionCode, StringComparer.Ordinal).ToList();
    }
}
