using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>
/// The HTTP status each error code answers with, decided here at the edge rather than by the code that throws: the
/// domain says what went wrong, the host says how HTTP puts it. Each feature's codes have their own map (Statuses/),
/// every code with an explicit entry (a test checks the maps cover exactly the codes defined); 422 is only what a code
/// nobody mapped would get.
/// </summary>
internal static class ErrorStatuses
{
    public const int Unmapped = Status422UnprocessableEntity;

    public static IReadOnlyDictionary<string, int> All { get; } = Merge(
        CommonErrorStatuses.Map,
        TenancyErrorStatuses.Map,
        IdentityErrorStatuses.Map,
        CatalogErrorStatuses.Map,
        SpaceErrorStatuses.Map,
        LoyaltyErrorStatuses.Map,
        EventingErrorStatuses.Map,
        BlobErrorStatuses.Map,
        MediaErrorStatuses.Map,
        PaymentErrorStatuses.Map,
        BookingErrorStatuses.Map,
        OrderingErrorStatuses.Map,
        KitchenErrorStatuses.Map,
        DispatchErrorStatuses.Map,
        PrintingErrorStatuses.Map,
        ReviewErrorStatuses.Map,
        MarketingErrorStatuses.Map);

    public static int Of(string code) => All.GetValueOrDefault(code, Unmapped);

    /// <summary>A code in two features' maps is a mistake, not a choice of the last one.</summary>
    private static Dictionary<string, int> Merge(params IReadOnlyDictionary<string, int>[] maps)
    {
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, status) in maps.SelectMany(m => m))
            if (!all.TryAdd(code, status)) throw new InvalidOperationException($"The error code {code} has two HTTP statuses.");
        return all;
    }
}
