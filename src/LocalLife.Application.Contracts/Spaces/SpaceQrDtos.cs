namespace LocalLife.Spaces;

/// <summary>Where a scan put the customer: the store and the room or booth, to show and to deliver orders to.</summary>
public sealed record ScanResultDto(Guid StoreId, string StoreName, Guid SpaceId, string SpaceNumber, string SpaceName, SpaceKind Kind, SpaceStatus Status);

public sealed record SpaceQrDto(Guid SpaceId, string SpaceNumber, int Version, string Url);

public sealed record ScanInput
{
    public string T { get; init; } = "";
}
