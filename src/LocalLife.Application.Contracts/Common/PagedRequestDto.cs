namespace LocalLife.Common;

/// <summary>Paging for list endpoints; validated (skip ≥ 0, 1 ≤ take ≤ 100).</summary>
public record PagedRequestDto
{
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
