namespace LocalLife.Dispatch;

/// <summary>
/// A place on a store's floor plan (the grid units of <c>Space.Position</c>). Distance is Manhattan (|dx| + |dy|): staff walk
/// corridors, not diagonals. Another floor is farther than anything on this one: <see cref="FloorPenalty"/> per floor.
/// </summary>
public sealed record FloorPoint(int Floor, int X, int Y)
{
    public const int FloorPenalty = 10_000;

    public int DistanceTo(FloorPoint other) =>
        Math.Abs(Floor - other.Floor) * FloorPenalty + Math.Abs(X - other.X) + Math.Abs(Y - other.Y);

    public bool SameFloor(FloorPoint other) => Floor == other.Floor;
}
