namespace LocalLife.Payments;

/// <summary>One discount of a payable, kept with it: what gave it (a coupon, an activity), its name then, and the fen it took off.</summary>
public sealed record PayableDiscount(DiscountSource Source, Guid SourceId, string Name, long AmountFen, bool PlatformFunded = false);
