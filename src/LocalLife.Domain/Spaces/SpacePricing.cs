using LocalLife.Errors;

namespace LocalLife.Spaces;

/// <summary>A space's prices in fen: a base price, rules for times, weekdays and holidays, and a minimum spend.</summary>
public sealed record SpacePricing(long BaseFen, long MinimumSpendFen, IReadOnlyList<PriceRule> Rules)
{
    public void Validate()
    {
        if (BaseFen < 0 || MinimumSpendFen < 0 || Rules.Any(r => r.PriceFen < 0))
            throw new BusinessException(SpaceErrorCodes.InvalidPriceRule).With("Reason", "negative price");
        if (Rules.Any(r => r.Kind == PriceRuleKind.TimeSlot && (r.From is null || r.To is null || r.From == r.To)))
            throw new BusinessException(SpaceErrorCodes.InvalidPriceRule).With("Reason", "time slot needs from and to");
        if (Rules.Any(r => r.Kind == PriceRuleKind.Weekday && r.Days.Count == 0))
            throw new BusinessException(SpaceErrorCodes.InvalidPriceRule).With("Reason", "weekday rule needs days");
    }

    /// <summary>The price that applies at a local time: holiday, then time slot, then weekday, then base.</summary>
    public long PriceAt(DateTime local, bool isHoliday)
    {
        foreach (var kind in new[] { PriceRuleKind.Holiday, PriceRuleKind.TimeSlot, PriceRuleKind.Weekday })
        {
            var rule = Rules.FirstOrDefault(r => r.Kind == kind && r.Matches(local, isHoliday));
            if (rule is not null) return rule.PriceFen;
        }
        return BaseFen;
    }
}
