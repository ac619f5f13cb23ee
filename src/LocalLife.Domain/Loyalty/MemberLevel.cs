namespace LocalLife.Loyalty;

/// <summary>
/// A member level reached by cumulative spend (fen). Its multiplier (percent, 100 = ×1) scales earned points;
/// perks are read by the features that grant them (birthday bonus, priority booking).
/// </summary>
public sealed record MemberLevel(string Code, string NameZhHans, string NameEn, long ThresholdFen, int MultiplierPercent, int BirthdayBonusPoints, bool PriorityBooking);
