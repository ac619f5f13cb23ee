using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Spaces;

public sealed class SpaceQrAppService(
    ISpaceRepository spaces,
    IStoreRepository stores,
    SpaceQrTokens tokens,
    SpaceScan scan,
    IQrPngRenderer png,
    IQrSheetRenderer sheet,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : ISpaceQrAppService
{
    public async Task<SpaceQrDto> GetAsync(Guid spaceId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        return ToDto(await spaces.GetAsync(spaceId, ct));
    }

    public async Task<byte[]> GetPngAsync(Guid spaceId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        var qr = await GetAsync(spaceId, ct);
        return png.Render(qr.Url);
    }

    public async Task<byte[]> GetSheetAsync(Guid storeId, QrSheetSize size, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        var store = await stores.GetAsync(storeId, ct);
        var cards = (await spaces.GetByStoreAsync(store.Id, ct)).OrderBy(s => s.Number, StringComparer.Ordinal)
            .Select(s => new QrCard(ToDto(s).Url, store.Profile.Name, $"{s.Number} · {s.Details.Name}")).ToList();
        return sheet.Render($"{store.Profile.Name} 点单二维码", cards, size);
    }

    public async Task<SpaceQrDto> RotateAsync(Guid spaceId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Manage, ct);
        var space = await spaces.GetAsync(spaceId, ct);
        space.RotateQr();
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(space);
    }

    public async Task<IReadOnlyList<SpaceQrDto>> RotateAllAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Manage, ct);
        var store = await stores.GetAsync(storeId, ct);
        var all = await spaces.GetByStoreAsync(store.Id, ct);
        foreach (var space in all) space.RotateQr();
        await unitOfWork.SaveChangesAsync(ct);
        return all.Select(ToDto).ToList();
    }

    public async Task<ScanResultDto> ScanAsync(ScanInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (store, space) = await scan.ResolveAsync(input.T, ct);
        return new ScanResultDto(store.Id, store.Profile.Name, space.Id, space.Number, space.Details.Name, space.Kind, space.Status);
    }

    private SpaceQrDto ToDto(Space space) =>
        new(space.Id, space.Number, space.QrVersion, tokens.ScanUrl(tokens.Create(space.TenantId!.Value, space.StoreId, space.Id, space.QrVersion)));
}
