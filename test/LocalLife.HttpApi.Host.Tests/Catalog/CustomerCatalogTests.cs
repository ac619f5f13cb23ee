using System.Net;
using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Spaces;
using LocalLife.Tenancy;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class CustomerCatalogTests(ApiFixture api)
{
    private static string Near(double lat, double lng, string extra = "") => $"/api/app/catalog/stores?latitude={lat}&longitude={lng}&radiusKm=5{extra}";

    [Fact]
    public async Task Anyone_lists_the_open_categories_in_order()
    {
        var categories = await (await api.CreateClient().GetAsync("/api/app/catalog/categories")).ReadAsAsync<List<CategoryDto>>();
        categories.Take(3).Select(c => c.Code).ShouldBe(["ktv", "teahouse", "cafe"]);
        categories.ShouldNotContain(c => c.Code == "beauty");
        categories[0].SpaceTypes.ShouldNotBeEmpty();
        categories[0].Name.ShouldBe("KTV");
    }

    [Fact]
    public async Task Stores_are_listed_nearest_first_with_distances_computed_by_the_database()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var far = await owner.CreateStoreAsync(NewStore(lat + 0.02, lng));   // ~2.2 km north
        var near = await owner.CreateStoreAsync(NewStore(lat + 0.005, lng)); // ~0.55 km north
        var outside = await owner.CreateStoreAsync(NewStore(lat + 0.2, lng)); // ~22 km, outside the 5 km radius

        var page = await (await api.CreateClient().GetAsync(Near(lat, lng))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>();
        page.Items.Select(s => s.Id).ShouldBe([near.Id, far.Id]);
        page.TotalCount.ShouldBe(2);
        page.Items[0].DistanceMeters!.Value.ShouldBe(556, tolerance: 5);
        page.Items[1].DistanceMeters!.Value.ShouldBe(2224, tolerance: 10);
        page.Items.ShouldNotContain(s => s.Id == outside.Id);
    }

    [Fact]
    public async Task Keyword_category_price_open_now_and_paging_filter_the_list()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var cheap = await owner.CreateStoreAsync(NewStore(lat, lng, name: "便宜歌城"));
        await owner.CreateSpaceAsync(cheap.Id, NewSpace("A1", price: 5000));
        var dear = await owner.CreateStoreAsync(NewStore(lat + 0.001, lng, name: "豪华会所"));
        await owner.CreateSpaceAsync(dear.Id, NewSpace("A1", price: 50000));
        var client = api.CreateClient();

        (await (await client.GetAsync(Near(lat, lng, "&keyword=豪华"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>()).Items.Select(s => s.Id).ShouldBe([dear.Id]);
        (await (await client.GetAsync(Near(lat, lng, "&maxPriceFen=10000"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>()).Items.Select(s => s.Id).ShouldBe([cheap.Id]);
        (await (await client.GetAsync(Near(lat, lng, "&category=cafe"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>()).Items.ShouldBeEmpty();
        (await (await client.GetAsync(Near(lat, lng, "&sort=PriceHighToLow"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>()).Items.Select(s => s.Id).ShouldBe([dear.Id, cheap.Id]);

        var second = await (await client.GetAsync(Near(lat, lng, "&skip=1&take=1"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>();
        second.Items.Select(s => s.Id).ShouldBe([dear.Id]);
        second.TotalCount.ShouldBe(2);
        var beyond = await (await client.GetAsync(Near(lat, lng, "&skip=5&take=1"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>();
        beyond.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(2);

        await owner.PostJsonAsync($"/api/admin/stores/{dear.Id}/status", new ChangeStoreStatusDto(StoreStatus.Paused));
        var open = await (await client.GetAsync(Near(lat, lng, "&openNow=true"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>();
        open.Items.Select(s => s.Id).ShouldBe([cheap.Id]);
    }

    [Fact]
    public async Task Map_mode_returns_the_stores_inside_the_box()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var inside = await owner.CreateStoreAsync(NewStore(lat, lng));
        var outside = await owner.CreateStoreAsync(NewStore(lat + 0.5, lng));
        var points = await (await api.CreateClient().GetAsync($"/api/app/catalog/stores/map?south={lat - 0.01}&west={lng - 0.01}&north={lat + 0.01}&east={lng + 0.01}"))
            .ReadAsAsync<List<StoreSummaryDto>>();
        points.Select(p => p.Id).ShouldBe([inside.Id]);
        points.ShouldNotContain(p => p.Id == outside.Id);
        await (await api.CreateClient().GetAsync($"/api/app/catalog/stores/map?south={lat}&west={lng}&north={lat - 1}&east={lng + 10}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task Distance_sort_without_a_position_is_refused_and_bad_positions_are_field_errors()
    {
        await (await api.CreateClient().GetAsync("/api/app/catalog/stores")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, CatalogErrorCodes.PositionRequired);
        (await api.CreateClient().GetAsync("/api/app/catalog/stores?sort=Rating")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var problem = await (await api.CreateClient().GetAsync("/api/app/catalog/stores?latitude=95&longitude=10&take=0"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        problem.GetProperty("errors").TryGetProperty("latitude", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("take", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_composite_ranking_follows_the_platform_weights()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var near = await owner.CreateStoreAsync(NewStore(lat, lng));
        var far = await owner.CreateStoreAsync(NewStore(lat + 0.03, lng));
        var admin = await api.LoginAsync(null, "admin");
        (await admin.PutJsonAsync("/api/host/catalog-settings", new CatalogSettingsDto(0, 100, 0))).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            var page = await (await api.CreateClient().GetAsync(Near(lat, lng, "&sort=Composite"))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>();
            page.Items.Select(s => s.Id).ShouldBe([near.Id, far.Id]);
            page.Items[0].Score.ShouldBeGreaterThan(page.Items[1].Score);
        }
        finally
        {
            await admin.PutJsonAsync("/api/host/catalog-settings", new CatalogSettingsDto(40, 40, 20));
        }
        await (await admin.PutJsonAsync("/api/host/catalog-settings", new CatalogSettingsDto(50, 50, 50)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task A_store_shows_its_spaces_recommended_for_a_party_with_the_current_price()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        await owner.CreateSpaceAsync(store.Id, NewSpace("S1", "small", 2, 6, 8800, "大屏幕"));
        await owner.CreateSpaceAsync(store.Id, NewSpace("M1", "medium", 4, 10, 16800, "大屏幕", "专业音响"));
        await owner.CreateSpaceAsync(store.Id, NewSpace("L1", "large", 10, 20, 26800));
        var client = api.CreateClient();

        var forFive = await (await client.GetAsync($"/api/app/catalog/stores/{store.Id}/spaces?partySize=5")).ReadAsAsync<List<SpaceDto>>();
        forFive.Select(s => s.Number).ShouldBe(["S1", "M1"]); // tightest fit first
        var withSound = await (await client.GetAsync($"/api/app/catalog/stores/{store.Id}/spaces?facilities=专业音响")).ReadAsAsync<List<SpaceDto>>();
        withSound.Select(s => s.Number).ShouldBe(["M1"]);
        var detail = await (await client.GetAsync($"/api/app/catalog/spaces/{forFive[0].Id}")).ReadAsAsync<SpaceDto>();
        detail.PriceNowFen.ShouldBe(8800);
        (await (await client.GetAsync($"/api/app/catalog/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe(store.Name);
    }

    [Fact]
    public async Task Stores_of_an_inactive_merchant_disappear_for_customers()
    {
        var admin = await api.LoginAsync(null, "admin");
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        var tenant = await (await admin.PostJsonAsync("/api/host/tenants", new CreateTenantDto
        {
            Name = name, DisplayName = "临时", EnabledCategories = ["ktv"], AdminUserName = "boss", AdminPassword = "Boss12345",
        })).ReadAsAsync<TenantDto>(HttpStatusCode.Created);
        var boss = await api.LoginAsync(name, "boss", "Boss12345");
        var (lat, lng) = RandomSpot();
        var store = await boss.CreateStoreAsync(NewStore(lat, lng));
        var space = await boss.CreateSpaceAsync(store.Id, NewSpace("A1"));
        var client = api.CreateClient();
        (await client.GetAsync($"/api/app/catalog/stores/{store.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PostAsync($"/api/host/tenants/{tenant.Id}/deactivate", null);
        await (await client.GetAsync($"/api/app/catalog/stores/{store.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await client.GetAsync($"/api/app/catalog/spaces/{space.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        (await (await client.GetAsync(Near(lat, lng))).ReadAsAsync<PagedResultDto<StoreSummaryDto>>()).Items.ShouldBeEmpty();
    }
}
