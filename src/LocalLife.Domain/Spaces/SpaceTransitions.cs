namespace LocalLife.Spaces;

/// <summary>
/// Every legal move of a space's live status. Bookings move free → booked → in use; only staff release a space
/// (in use → cleaning or free); maintenance and cleaning are staff decisions.
/// </summary>
public static class SpaceTransitions
{
    private static readonly Dictionary<SpaceStatus, SpaceStatus[]> Allowed = new()
    {
        [SpaceStatus.Free] = [SpaceStatus.Booked, SpaceStatus.InUse, SpaceStatus.Maintenance, SpaceStatus.Cleaning],
        [SpaceStatus.Booked] = [SpaceStatus.InUse, SpaceStatus.Free],
        [SpaceStatus.InUse] = [SpaceStatus.Cleaning, SpaceStatus.Free],
        [SpaceStatus.Cleaning] = [SpaceStatus.Free, SpaceStatus.Maintenance],
        [SpaceStatus.Maintenance] = [SpaceStatus.Free],
    };

    public static bool Allows(SpaceStatus from, SpaceStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<SpaceStatus> From(SpaceStatus from) => Allowed[from];
}
