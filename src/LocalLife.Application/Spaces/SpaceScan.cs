using LocalLife.Catalog;
using LocalLife.Errors;

namespace LocalLife.Spaces;

/// <summary>
/// Resolves a scanned space QR token to the store and space it was issued for. Forged or cross-store tokens are
/// invalid (422), an old version was rotated (410), a space or store customers can no longer see is deactivated (422).
/// </summary>
public sealed class SpaceScan(SpaceQrTokens tokens, CustomerVisibility visibility)
{
    public async Task<(Store Store, Space Space)> ResolveAsync(string token, CancellationToken ct)
    {
        var qr = tokens.Parse(token.Trim());
        Store store;
        Space space;
        try
        {
            (store, space) = await visibility.GetSpaceAsync(qr.SpaceId, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new BusinessException(SpaceErrorCodes.QrDeactivated);
        }
        // A genuine token names the space's own store and merchant; anything else was not issued for this space.
        if (store.Id != qr.StoreId || store.TenantId != qr.TenantId) throw new BusinessException(SpaceErrorCodes.QrInvalid);
        if (space.QrVersion != qr.Version) throw new BusinessException(SpaceErrorCodes.QrRotated);
        return (store, space);
    }
}
