namespace LocalLife.Loyalty;

/// <summary>
/// A member level reached by cumulative spend (fen). Its multiplier (percent, 100 = ×1) scales earned points;
/// perks are read by the features that grant them (birthday bonus, priority booking, member prices).
/// </summary>
/// <param name="MemberPrices">Customers of this level pay products' member prices (others see them, and pay the regular price).</param>
public sealed record MemberLevel(string Code, string NameZhHans, string NameEn, long ThresholdFen, int MultiplierPercent, int BirthdayBonusPoints,
    bool PriorityBooking, bool MemberPrices = true);
