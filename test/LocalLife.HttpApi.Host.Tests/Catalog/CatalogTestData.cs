using System.Net;
using LocalLife.Spaces;

namespace LocalLife.Catalog;

/// <summary>Stores and spaces made by the tests, each at its own remote spot so searches see only their own.</summary>
internal static class CatalogTestData
{
    public static (double Lat, double Lng) RandomSpot() => (20 + Random.Shared.NextDouble() * 20, 90 + Random.Shared.NextDouble() * 20);

    public static CreateStoreDto NewStore(double lat, double lng, string category = "ktv", string? name = null) => new()
    {
        CategoryCode = category,
        Name = name ?? "测试门店 " + Guid.NewGuid().ToString("N")[..6],
        Address = "测试路 1 号",
        Phone = "010-1234",
        Latitude = lat,
        Longitude = lng,
        Hours = new OpeningHoursDto(
            Enum.GetValues<DayOfWeek>().Select(d => new DayHoursDto(d, [new TimeRangeDto(new TimeOnly(0, 0), new TimeOnly(0, 0))])).ToList(), []),
        DefaultDepositPercent = 30,
    };

    public static SaveSpaceDto NewSpace(string number, string type = "small", int min = 2, int max = 6, long price = 8800, params string[] facilities) => new()
    {
        Number = number,
        Name = "包间 " + number,
        TypeCode = type,
        MinCapacity = min,
        MaxCapacity = max,
        BasePriceFen = price,
        Facilities = facilities,
        X = 1,
        Y = 1,
    };

    public static async Task<StoreDto> CreateStoreAsync(this HttpClient merchant, CreateStoreDto input) =>
        await (await merchant.PostJsonAsync("/api/admin/stores", input)).ReadAsAsync<StoreDto>(HttpStatusCode.Created);

    public static async Task<SpaceDto> CreateSpaceAsync(this HttpClient merchant, Guid storeId, SaveSpaceDto input) =>
        await (await merchant.PostJsonAsync($"/api/admin/spaces?storeId={storeId}", input)).ReadAsAsync<SpaceDto>(HttpStatusCode.Created);
}
