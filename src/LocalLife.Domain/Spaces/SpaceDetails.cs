using LocalLife.Errors;

namespace LocalLife.Spaces;

/// <summary>What a customer compares spaces by: name, type, capacity, facilities and features.</summary>
public sealed record SpaceDetails(
    string Name,
    string TypeCode,
    int MinCapacity,
    int MaxCapacity,
    IReadOnlyList<string> Facilities,
    IReadOnlyList<string> Features,
    string? Description)
{
    public void Validate()
    {
        if (MinCapacity < 1 || MaxCapacity < MinCapacity || MaxCapacity > 500)
            throw new BusinessException(SpaceErrorCodes.InvalidCapacity).With("Min", MinCapacity).With("Max", MaxCapacity);
    }

    public bool Fits(int partySize) => partySize >= MinCapacity && partySize <= MaxCapacity;
}

/// <summary>Floor and grid position on the store's floor plan; waiter dispatch measures distances with it.</summary>
public sealed record FloorPosition(int Floor, int X, int Y);
