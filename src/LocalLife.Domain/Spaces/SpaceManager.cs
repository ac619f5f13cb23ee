using LocalLife.Catalog;
using LocalLife.Errors;

namespace LocalLife.Spaces;

/// <summary>Creates and edits spaces: unique numbers per store, a type the store offers, and the store's lowest price kept current.</summary>
public class SpaceManager(ISpaceRepository spaces)
{
    public async Task<Space> CreateAsync(Store store, string number, SpaceDetails details, FloorPosition position, SpacePricing pricing, int? depositPercent, CancellationToken ct)
    {
        var normalized = number.Trim();
        await CheckNumberAsync(store, normalized, null, ct);
        var space = new Space(Guid.CreateVersion7(), store, normalized, details, position, pricing, depositPercent);
        await RefreshMinPriceAsync(store, space, ct);
        return space;
    }

    public async Task UpdateAsync(Store store, Space space, string number, SpaceDetails details, FloorPosition position, SpacePricing pricing, int? depositPercent, CancellationToken ct)
    {
        var normalized = number.Trim();
        await CheckNumberAsync(store, normalized, space.Id, ct);
        space.Renumber(normalized);
        space.Update(store, details, position, pricing, depositPercent);
        await RefreshMinPriceAsync(store, space, ct);
    }

    /// <summary>Spaces that are booked or in use cannot be removed; the rest are soft-deleted.</summary>
    public async Task DeleteAsync(Store store, Space space, CancellationToken ct)
    {
        if (space.Status is SpaceStatus.Booked or SpaceStatus.InUse)
            throw new BusinessException(SpaceErrorCodes.NotFree).With("Status", space.Status);
        await RefreshMinPriceAsync(store, null, ct, removedId: space.Id);
        spaces.Delete(space);
    }

    private async Task RefreshMinPriceAsync(Store store, Space? changed, CancellationToken ct, Guid? removedId = null)
    {
        var prices = (await spaces.GetByStoreAsync(store.Id, ct))
            .Where(s => s.Id != changed?.Id && s.Id != removedId)
            .Select(s => s.Pricing.BaseFen)
            .ToList();
        if (changed is not null) prices.Add(changed.Pricing.BaseFen);
        store.SetMinPrice(prices.Count == 0 ? 0 : prices.Min());
    }

    private async Task CheckNumberAsync(Store store, string number, Guid? exceptId, CancellationToken ct)
    {
        if (await spaces.NumberExistsAsync(store.Id, number, exceptId, ct))
            throw new BusinessException(SpaceErrorCodes.DuplicateNumber).With("Number", number);
    }
}
