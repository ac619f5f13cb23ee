using System.Net;
using LocalLife.Common;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>What the marketing tests do over and over: templates made by a merchant or the platform, claimed by customers.</summary>
public sealed class MarketingDriver(WeChatApiFixture api)
{
    public OrderingDriver Ordering { get; } = new(api);

    public static SaveCouponTemplateDto Threshold(long offFen, long minFen, int total = 100, int perCustomer = 1, string[]? categories = null,
        CouponUse use = CouponUse.Orders) => new()
    {
        Name = $"满{minFen / 100}减{offFen / 100}", TotalQuantity = total, PerCustomerLimit = perCustomer, Validity = CouponValidity.DaysAfterClaim, ValidDays = 7,
        Rules = new CouponRulesDto { Kind = CouponKind.Threshold, AmountOffFen = offFen, MinSpendFen = minFen, Use = use, CategoryCodes = categories ?? [] },
    };

    public async Task<CouponTemplateDto> MerchantTemplateAsync(string tenant, SaveCouponTemplateDto input)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        return await (await manager.PostJsonAsync("/api/admin/coupon-templates", input)).ReadAsAsync<CouponTemplateDto>(HttpStatusCode.Created);
    }

    public async Task<CouponTemplateDto> PlatformTemplateAsync(SaveCouponTemplateDto input)
    {
        var operatorClient = await api.LoginAsync(null, "operator");
        return await (await operatorClient.PostJsonAsync("/api/host/coupon-templates", input)).ReadAsAsync<CouponTemplateDto>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ClaimAsync(HttpClient customer, Guid templateId, Guid? storeId) =>
        customer.PostJsonAsync($"/api/app/coupons/templates/{templateId}/claim", new ClaimCouponDto { StoreId = storeId });

    public static async Task<PagedResultDto<CouponDto>> MineAsync(HttpClient customer, CouponState? state = null) =>
        await (await customer.GetAsync("/api/app/coupons/mine" + (state is { } s ? $"?state={s}" : ""))).ReadAsAsync<PagedResultDto<CouponDto>>();

    /// <summary>Signs in many customers, a few at a time (each sign-in asks the WeChat simulator).</summary>
    public async Task<IReadOnlyList<HttpClient>> CustomersAsync(string prefix, int count)
    {
        var clients = new HttpClient[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => clients[i] = (await Ordering.Payments.CustomerAsync($"{prefix}-{i}")).Client);
        return clients;
    }
}
