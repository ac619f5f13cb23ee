namespace LocalLife.Marketing;

public interface IMallRepository
{
    Task<MallItem> GetItemAsync(Guid id, CancellationToken ct);

    /// <summary>Items of the current side (a merchant's, or the platform's), newest first; <paramref name="activeOnly"/> for customers.</summary>
    Task<(IReadOnlyList<MallItem> Items, int Total)> GetItemsAsync(bool activeOnly, int skip, int take, CancellationToken ct);

    Task InsertItemAsync(MallItem item, CancellationToken ct);

    /// <summary>Counts one more redeemed, in the caller's transaction, only while the stock lasts: false when none is left.</summary>
    Task<bool> TryRedeemAsync(Guid itemId, CancellationToken ct);

    Task<int> CountOfItemAsync(Guid itemId, Guid customerId, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, int>> CountHeldAsync(Guid customerId, IReadOnlyCollection<Guid> itemIds, CancellationToken ct);

    Task InsertRedemptionAsync(MallRedemption redemption, CancellationToken ct);

    /// <summary>Saves a redemption; the same customer's racing redemption that took the same place answers <see cref="MarketingErrorCodes.MallLimitReached"/>.</summary>
    Task SaveRedemptionAsync(CancellationToken ct);

    Task<(IReadOnlyList<MallRedemption> Items, int Total)> GetRedemptionsOfCustomerAsync(Guid customerId, int skip, int take, CancellationToken ct);

    /// <summary>The current merchant's voucher with this code (another merchant's is not found).</summary>
    Task<MallRedemption?> FindVoucherAsync(Guid tenantId, string code, CancellationToken ct);

    /// <summary>Redemptions of an item and the points they took.</summary>
    Task<(int Redemptions, long Points, int Collected)> GetItemUsageAsync(Guid itemId, CancellationToken ct);
}
