using System.Net;
using LocalLife.Errors;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class StoreApiTests(ApiFixture api)
{
    [Fact]
    public async Task Manager_creates_a_store_that_starts_with_its_categorys_space_types()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var (lat, lng) = RandomSpot();
        var store = await manager.CreateStoreAsync(NewStore(lat, lng));
        store.SpaceTypes.Select(t => t.Code).ShouldBe(["small", "medium", "large", "deluxe", "themed"]);
        store.Status.ShouldBe(StoreStatus.Open);
        store.OpenNow.ShouldBeTrue();
        store.TimeZone.ShouldBe("Asia/Shanghai");

        var list = await (await manager.GetAsync("/api/admin/stores")).ReadAsAsync<List<StoreDto>>();
        list.ShouldContain(s => s.Id == store.Id);
    }

    [Fact]
    public async Task A_store_in_a_category_the_merchant_has_not_enabled_is_refused()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        await (await owner.PostJsonAsync("/api/admin/stores", NewStore(lat, lng, "cafe")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, CatalogErrorCodes.CategoryNotEnabledForTenant);
    }

    [Fact]
    public async Task Bad_store_input_lists_the_fields()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var problem = await (await owner.PostJsonAsync("/api/admin/stores", NewStore(91, 200) with { Name = "", DefaultDepositPercent = 120 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "latitude", "longitude", "defaultDepositPercent" }) errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        await (await owner.PostJsonAsync("/api/admin/stores", NewStore(30, 100) with { TimeZone = "Mars/Olympus" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, CatalogErrorCodes.InvalidTimeZone);
    }

    [Fact]
    public async Task Pausing_and_closing_for_the_day_turn_open_now_off()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var paused = await (await owner.PostJsonAsync($"/api/admin/stores/{store.Id}/status", new ChangeStoreStatusDto(StoreStatus.Paused))).ReadAsAsync<StoreDto>();
        paused.OpenNow.ShouldBeFalse();
        await (await owner.PostJsonAsync($"/api/admin/stores/{store.Id}/status", new ChangeStoreStatusDto(StoreStatus.Paused)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, CatalogErrorCodes.StoreAlreadyInStatus);
        var closed = await (await owner.PostJsonAsync($"/api/admin/stores/{store.Id}/status", new ChangeStoreStatusDto(StoreStatus.ClosedForDay))).ReadAsAsync<StoreDto>();
        closed.OpenNow.ShouldBeFalse();
        closed.ClosedOn.ShouldNotBeNull();
        (await (await owner.PostJsonAsync($"/api/admin/stores/{store.Id}/status", new ChangeStoreStatusDto(StoreStatus.Open))).ReadAsAsync<StoreDto>()).OpenNow.ShouldBeTrue();
    }

    [Fact]
    public async Task Every_store_endpoint_answers_not_found_for_another_tenants_store()
    {
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await tea.CreateStoreAsync(NewStore(lat, lng, "teahouse"));
        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await ktv.GetAsync($"/api/admin/stores/{store.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PutJsonAsync($"/api/admin/stores/{store.Id}", (UpdateStoreDto)NewStore(lat, lng)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PostJsonAsync($"/api/admin/stores/{store.Id}/status", new ChangeStoreStatusDto(StoreStatus.Paused)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.GetAsync($"/api/admin/spaces?storeId={store.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PostJsonAsync($"/api/admin/spaces?storeId={store.Id}", NewSpace("Z1", "room-small")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        (await (await tea.GetAsync($"/api/admin/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Status.ShouldBe(StoreStatus.Open);
    }

    [Fact]
    public async Task Front_desk_sees_stores_but_cannot_change_them()
    {
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await frontDesk.GetAsync("/api/admin/stores")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (lat, lng) = RandomSpot();
        await (await frontDesk.PostJsonAsync("/api/admin/stores", NewStore(lat, lng))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_stale_update_is_a_conflict()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        UpdateStoreDto update = NewStore(lat, lng, name: "改名") with { ConcurrencyStamp = store.ConcurrencyStamp };
        (await (await owner.PutJsonAsync($"/api/admin/stores/{store.Id}", update)).ReadAsAsync<StoreDto>()).Name.ShouldBe("改名");
        await (await owner.PutJsonAsync($"/api/admin/stores/{store.Id}", update)).ShouldBeProblemAsync(HttpStatusCode.Conflict, LocalLifeErrorCodes.ConcurrencyConflict);
    }
}
