using System.Net;
using LocalLife.Bookings;
using LocalLife.Catalog;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Spaces;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Ordering;

/// <summary>What the ordering tests do over and over: a fresh product and space (with its QR token), a cart, an order, a payment.</summary>
public sealed class OrderingDriver(WeChatApiFixture api)
{
    public BookingDriver Bookings { get; } = new(api);
    public PaymentDriver Payments => Bookings.Payments;

    public static readonly SpecGroupDto Size = new("size", "杯型", true, false, [new("medium", "中杯", 0), new("large", "大杯", 500)]);
    public static readonly SpecGroupDto Ice = new("ice", "冰度", false, false, [new("normal", "正常冰", 0), new("less", "少冰", 0)]);

    public async Task<ProductCategoryDto> NewCategoryAsync(string tenant, Station station = Station.Bar)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        var store = await Bookings.StoreAsync(tenant);
        return await (await manager.PostJsonAsync("/api/admin/menu/categories", new CreateProductCategoryDto
        {
            StoreId = store.Id, Code = "t" + Guid.NewGuid().ToString("N")[..12], NameZhHans = "测试分类", NameEn = "Test", Station = station,
        })).ReadAsAsync<ProductCategoryDto>();
    }

    public async Task<ProductDto> NewProductAsync(string tenant, long priceFen = 1000, long? memberFen = null, int? stock = null, SpecGroupDto[]? specs = null,
        int prepMinutes = 5, string[]? tags = null, int stockWarning = 0, ProductCategoryDto? category = null, string? name = null)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        category ??= await NewCategoryAsync(tenant);
        return await (await manager.PostJsonAsync("/api/admin/menu/products", new SaveProductDto
        {
            StoreId = category.StoreId, CategoryId = category.Id, Name = name ?? "测试商品" + Random.Shared.Next(1000, 9999), PriceFen = priceFen,
            MemberPriceFen = memberFen, Stock = stock, StockWarning = stockWarning, Specs = specs ?? [], PrepMinutes = prepMinutes, Tags = tags ?? [],
        })).ReadAsAsync<ProductDto>();
    }

    /// <summary>A new space of the tenant's first store and the token its QR code carries.</summary>
    public async Task<(SpaceDto Space, string Token)> NewSpaceAsync(string tenant)
    {
        var space = await Bookings.NewSpaceAsync(tenant);
        return (space, await TokenAsync(tenant, space.Id));
    }

    public async Task<string> TokenAsync(string tenant, Guid spaceId)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        var qr = await (await manager.GetAsync($"/api/admin/spaces/{spaceId}/qr")).ReadAsAsync<SpaceQrDto>();
        return Uri.UnescapeDataString(qr.Url[(qr.Url.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
    }

    public static Task<HttpResponseMessage> AddAsync(HttpClient customer, Guid spaceId, Guid productId, int quantity = 1, string[]? options = null, string? note = null) =>
        customer.PostJsonAsync($"/api/app/carts/{spaceId}/lines", new AddCartLineDto { ProductId = productId, Quantity = quantity, Options = options ?? [], Note = note });

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient customer, Guid spaceId, string token, bool usePoints = false, long? expectedTotalFen = null) =>
        customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = spaceId, QrToken = token, UsePoints = usePoints, ExpectedTotalFen = expectedTotalFen });

    /// <summary>Puts one product in the cart, orders it and pays in (simulated) WeChat; the order is then Paid.</summary>
    public async Task<OrderDto> OrderAndPayAsync(HttpClient customer, Guid spaceId, string token, Guid productId, int quantity = 1)
    {
        (await AddAsync(customer, spaceId, productId, quantity)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var placed = await (await PlaceAsync(customer, spaceId, token)).ReadAsAsync<OrderPlacedDto>();
        await PayAsync(customer, placed.Order);
        return await GetAsync(customer, placed.Order.Id);
    }

    public async Task PayAsync(HttpClient customer, OrderDto order)
    {
        var payment = await (await customer.GetAsync($"/api/app/payments/{order.PaymentId}")).ReadAsAsync<PaymentDto>();
        (await Payments.PayAsync(payment.OutTradeNo)).Delivered.ShouldBeTrue();
    }

    public static async Task<OrderDto> GetAsync(HttpClient customer, Guid orderId) =>
        await (await customer.GetAsync($"/api/app/orders/{orderId}")).ReadAsAsync<OrderDto>();

    public async Task<ProductDto> ProductAsync(string tenant, Guid productId) =>
        await (await (await api.LoginAsync(tenant, "manager")).GetAsync($"/api/admin/menu/products/{productId}")).ReadAsAsync<ProductDto>();

    /// <summary>Runs an order timer as its job would: in a scope, as the tenant, with the moment given.</summary>
    public async Task<bool> RunAsync(string tenant, Func<OrderJobs, Task<bool>> job)
    {
        var tenantId = await Payments.TenantIdAsync(tenant);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId, tenant))
            return await job(scope.ServiceProvider.GetRequiredService<OrderJobs>());
    }
}
