namespace LocalLife.Spaces;

/// <summary>Ordering QR codes: one signed, versioned code per space; customers scan it to order to that space.</summary>
public interface ISpaceQrAppService
{
    Task<SpaceQrDto> GetAsync(Guid spaceId, CancellationToken ct);

    /// <summary>The code as a PNG (the scan URL with its token), for printing.</summary>
    Task<byte[]> GetPngAsync(Guid spaceId, CancellationToken ct);

    /// <summary>Every space of a store on A4 pages in a standard size, with the store's and the space's names (PDF), for batch printing.</summary>
    Task<byte[]> GetSheetAsync(Guid storeId, QrSheetSize size, CancellationToken ct);

    /// <summary>A new version: the printed old code stops working.</summary>
    Task<SpaceQrDto> RotateAsync(Guid spaceId, CancellationToken ct);

    /// <summary>Rotates every space of a store (after a leak, or for new prints).</summary>
    Task<IReadOnlyList<SpaceQrDto>> RotateAllAsync(Guid storeId, CancellationToken ct);

    /// <summary>Resolves a scanned token (<see cref="ScanInput.T"/>); forged, rotated, cross-store and deactivated codes are refused.</summary>
    Task<ScanResultDto> ScanAsync(ScanInput input, CancellationToken ct);
}
