using System.Net;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Loyalty;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>What the booking tests do over and over: a fresh space, a customer with points, a time the store is open.</summary>
public sealed class BookingDriver(WeChatApiFixture api)
{
    public PaymentDriver Payments { get; } = new(api);

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Tomorrow at the given Shanghai hour (the KTV demo store is open 12:00–02:00).</summary>
    public static DateTimeOffset TomorrowAt(int hour)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        var local = today.AddDays(1).ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Shanghai.GetUtcOffset(local)).ToUniversalTime();
    }

    public async Task<StoreDto> StoreAsync(string tenant)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        return (await (await manager.GetAsync("/api/admin/stores")).ReadAsAsync<List<StoreDto>>()).First();
    }

    /// <summary>A new space of the tenant's first store (2–6 people, 100 yuan, the store's deposit ratio unless given).</summary>
    public async Task<SpaceDto> NewSpaceAsync(string tenant, long priceFen = 10000, int? depositPercent = null)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        var store = await StoreAsync(tenant);
        var type = store.SpaceTypes.First().Code;
        var input = new SaveSpaceDto
        {
            Number = "T" + Random.Shared.Next(100_000, 999_999), Name = "测试包", TypeCode = type, MinCapacity = 2, MaxCapacity = 6,
            BasePriceFen = priceFen, DepositPercent = depositPercent,
        };
        return await (await manager.PostJsonAsync($"/api/admin/spaces?storeId={store.Id}", input)).ReadAsAsync<SpaceDto>(HttpStatusCode.Created);
    }

    public async Task GivePointsAsync(Guid customerId, long points)
    {
        var admin = await api.LoginAsync(null, "admin");
        (await admin.PostJsonAsync("/api/host/loyalty/adjustments", new AdjustPointsDto
        {
            CustomerId = customerId, Delta = points, Note = "test", IdempotencyKey = Guid.NewGuid().ToString(),
        })).IsSuccessStatusCode.ShouldBeTrue();
    }

    public static Task<HttpResponseMessage> BookAsync(HttpClient customer, Guid spaceId, DateTimeOffset arriveAt, int partySize = 4, bool usePoints = false) =>
        customer.PostJsonAsync("/api/app/bookings", new CreateBookingDto { SpaceId = spaceId, ArriveAt = arriveAt, PartySize = partySize, UsePoints = usePoints });

    public async Task<BookingDto> BookAndPayAsync(HttpClient customer, Guid spaceId)
    {
        var created = await (await BookAsync(customer, spaceId, TomorrowAt(20))).ReadAsAsync<BookingCreatedDto>();
        var payment = await (await customer.GetAsync($"/api/app/payments/{created.Booking.PaymentId}")).ReadAsAsync<PaymentDto>();
        (await Payments.PayAsync(payment.OutTradeNo)).Delivered.ShouldBeTrue();
        return await (await customer.GetAsync($"/api/app/bookings/{created.Booking.Id}")).ReadAsAsync<BookingDto>();
    }

    public async Task<SpaceStatus> PublicStatusAsync(Guid spaceId) =>
        (await (await api.CreateClient().GetAsync($"/api/app/catalog/spaces/{spaceId}")).ReadAsAsync<SpaceDto>()).Status;

    public static async Task<long> BalanceAsync(HttpClient customer) =>
        (await (await customer.GetAsync("/api/app/loyalty/account")).ReadAsAsync<PointsAccountDto>()).Balance;

    public static async Task<PagedResultDto<BookingDto>> ListAsync(HttpClient staff, string query) =>
        await (await staff.GetAsync("/api/admin/bookings?" + query)).ReadAsAsync<PagedResultDto<BookingDto>>();
}
