namespace LocalLife.Loyalty;

/// <summary>
/// A customer as the platform's loyalty programme sees them when they buy: their member level (none for someone not
/// signed in) with its perks, and their points balance.
/// </summary>
public sealed record Membership(MemberLevel? Level, long PointsBalance)
{
    public static readonly Membership Anonymous = new(null, 0);

    /// <summary>The level's member-price perk: member prices are charged, not only shown.</summary>
    public bool MemberPrices => Level?.MemberPrices == true;

    /// <summary>The level's priority perk: book further ahead, and orders are VIP from the start.</summary>
    public bool Priority => Level?.PriorityBooking == true;
}
