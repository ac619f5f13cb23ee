using System.Net;
using LocalLife.Catalog;
using LocalLife.Dispatch;
using LocalLife.Identity;
using LocalLife.Kitchen;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;
using LocalLife.Spaces;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Operations;

/// <summary>
/// What the merchant-operations tests do over and over. Each test gets its own store, so its waiters, tickets and trips are
/// not disturbed by other tests that share the demo tenant.
/// </summary>
public sealed class OperationsDriver(WeChatApiFixture api)
{
    public OrderingDriver Ordering { get; } = new(api);

    public async Task<StoreDto> NewStoreAsync(string tenant = ApiFixture.KtvTenant)
    {
        var owner = await api.LoginAsync(tenant, "owner");
        var (lat, lng) = CatalogTestData.RandomSpot();
        return await owner.CreateStoreAsync(CatalogTestData.NewStore(lat, lng));
    }

    public async Task<(SpaceDto Space, string Token)> NewSpaceAsync(StoreDto store, int floor, int x, int y, string tenant = ApiFixture.KtvTenant)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        var space = await manager.CreateSpaceAsync(store.Id, CatalogTestData.NewSpace("P" + Random.Shared.Next(100_000, 999_999), store.SpaceTypes.First().Code)
            with { Floor = floor, X = x, Y = y });
        return (space, await Ordering.TokenAsync(tenant, space.Id));
    }

    public async Task<ProductDto> NewProductAsync(StoreDto store, Station station, string name, int prepMinutes, SpecGroupDto[]? specs = null,
        string tenant = ApiFixture.KtvTenant)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        var category = await (await manager.PostJsonAsync("/api/admin/menu/categories", new CreateProductCategoryDto
        {
            StoreId = store.Id, Code = "t" + Guid.NewGuid().ToString("N")[..12], NameZhHans = "测试分类", NameEn = "Test", Station = station,
        })).ReadAsAsync<ProductCategoryDto>();
        return await (await manager.PostJsonAsync("/api/admin/menu/products", new SaveProductDto
        {
            StoreId = store.Id, CategoryId = category.Id, Name = name, PriceFen = 1000, Specs = specs ?? [], PrepMinutes = prepMinutes,
        })).ReadAsAsync<ProductDto>();
    }

    /// <summary>A new waiter of the tenant, signed in.</summary>
    public async Task<Staff> NewWaiterAsync(string tenant = ApiFixture.KtvTenant)
    {
        var owner = await api.LoginAsync(tenant, "owner");
        var input = new CreateStaffDto
        {
            UserName = "w-" + Guid.NewGuid().ToString("N")[..8], DisplayName = "服务员", Password = "Staff1234", PhoneNumber = "13700000000",
            Roles = [LocalLifeRoles.Waiter],
        };
        var created = await (await owner.PostJsonAsync("/api/admin/staff", input)).ReadAsAsync<StaffDto>(HttpStatusCode.Created);
        var token = (await api.GetTokenAsync(tenant, input.UserName, input.Password)).AccessToken;
        return new Staff(created.Id, ApiFixture.WithBearer(api.CreateClient(), token), token);
    }

    public static async Task<WaiterDutyDto> OnDutyAsync(Staff waiter, StoreDto store, int floor, int x, int y) =>
        await (await waiter.Client.PostJsonAsync($"/api/admin/dispatch/{store.Id}/duty", new SetDutyDto { Position = new FloorPointDto(floor, x, y) }))
            .ReadAsAsync<WaiterDutyDto>();

    /// <summary>Puts the lines in the cart, orders and pays; the order is then Paid.</summary>
    public async Task<OrderDto> OrderAsync(HttpClient customer, (SpaceDto Space, string Token) at, params (Guid ProductId, int Quantity, string[] Options)[] lines)
    {
        foreach (var (productId, quantity, options) in lines)
            (await OrderingDriver.AddAsync(customer, at.Space.Id, productId, quantity, options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var placed = await (await OrderingDriver.PlaceAsync(customer, at.Space.Id, at.Token)).ReadAsAsync<OrderPlacedDto>();
        await Ordering.PayAsync(customer, placed.Order);
        return await OrderingDriver.GetAsync(customer, placed.Order.Id);
    }

    public async Task<IReadOnlyList<KitchenTicketDto>> AcceptAsync(OrderDto order)
    {
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostAsync($"/api/admin/orders/{order.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return await (await desk.GetAsync($"/api/admin/kitchen/orders/{order.Id}/tickets")).ReadAsAsync<List<KitchenTicketDto>>();
    }

    /// <summary>Marks every ticket of the order done (the kitchen user).</summary>
    public async Task FinishAllAsync(OrderDto order)
    {
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        var tickets = await (await kitchen.GetAsync($"/api/admin/kitchen/orders/{order.Id}/tickets")).ReadAsAsync<List<KitchenTicketDto>>();
        foreach (var ticket in tickets) (await kitchen.PostAsync($"/api/admin/kitchen/tickets/{ticket.Id}/done", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public async Task<IReadOnlyList<DeliveryTaskDto>> TasksAsync(StoreDto store, bool openOnly = true)
    {
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        return await (await desk.GetAsync($"/api/admin/dispatch/{store.Id}/tasks?openOnly={openOnly}")).ReadAsAsync<List<DeliveryTaskDto>>();
    }

    /// <summary>Runs the dispatch timer as its job would: in a scope, as the tenant, with the moment given.</summary>
    public async Task<bool> RunAsync(Func<DispatchJobs, Task<bool>> job, string tenant = ApiFixture.KtvTenant)
    {
        var tenantId = await Ordering.Payments.TenantIdAsync(tenant);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId, tenant))
            return await job(scope.ServiceProvider.GetRequiredService<DispatchJobs>());
    }
}

public sealed record Staff(Guid Id, HttpClient Client, string AccessToken);
