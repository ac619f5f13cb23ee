using System.Net;
using LocalLife.Errors;
using LocalLife.Spaces;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class SpaceApiTests(ApiFixture api)
{
    [Fact]
    public async Task Spaces_are_numbered_uniquely_per_store_and_typed_by_the_store()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01", facilities: "大屏幕"));
        space.Kind.ShouldBe(SpaceKind.Room);
        space.TypeName.ShouldBe("小包");
        space.DepositPercent.ShouldBe(30);
        space.Status.ShouldBe(SpaceStatus.Free);

        await (await owner.PostJsonAsync($"/api/admin/spaces?storeId={store.Id}", NewSpace(" A01 ")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, SpaceErrorCodes.DuplicateNumber);
        await (await owner.PostJsonAsync($"/api/admin/spaces?storeId={store.Id}", NewSpace("A02", "window")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, CatalogErrorCodes.UnknownSpaceType);
        var problem = await (await owner.PostJsonAsync($"/api/admin/spaces?storeId={store.Id}", NewSpace("", min: 5, max: 2, price: -1)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        foreach (var field in new[] { "number", "maxCapacity", "basePriceFen" }) problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    [Fact]
    public async Task The_store_shows_the_lowest_space_price_and_follows_edits_and_deletes()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var cheap = await owner.CreateSpaceAsync(store.Id, NewSpace("A01", price: 5000));
        await owner.CreateSpaceAsync(store.Id, NewSpace("A02", price: 9000));
        (await (await owner.GetAsync($"/api/admin/stores/{store.Id}")).ReadAsAsync<StoreDto>()).MinPriceFen.ShouldBe(5000);

        (await owner.DeleteAsync($"/api/admin/spaces/{cheap.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await owner.GetAsync($"/api/admin/stores/{store.Id}")).ReadAsAsync<StoreDto>()).MinPriceFen.ShouldBe(9000);
        await (await owner.GetAsync($"/api/admin/spaces/{cheap.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Status_changes_follow_the_transition_table_and_are_recorded()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));

        (await (await frontDesk.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.InUse, "walk-in")))
            .ReadAsAsync<SpaceDto>()).Status.ShouldBe(SpaceStatus.InUse);
        await (await frontDesk.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Booked, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, SpaceErrorCodes.IllegalTransition);
        await frontDesk.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Cleaning, null));

        var history = await (await frontDesk.GetAsync($"/api/admin/spaces/{space.Id}/status-history")).ReadAsAsync<List<SpaceStatusRecordDto>>();
        history.Select(h => (h.From, h.To)).ShouldBe([(SpaceStatus.InUse, SpaceStatus.Cleaning), (SpaceStatus.Free, SpaceStatus.InUse)]);
        history[1].Reason.ShouldBe("walk-in");
        history.ShouldAllBe(h => h.ByUserId != null);
    }

    [Fact]
    public async Task A_booked_or_occupied_space_cannot_be_deleted()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));
        await owner.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.InUse, null));
        await (await owner.DeleteAsync($"/api/admin/spaces/{space.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, SpaceErrorCodes.NotFree);
    }

    [Fact]
    public async Task Kitchen_staff_cannot_change_a_spaces_status()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        var (lat, lng) = RandomSpot();
        var space = await owner.CreateSpaceAsync((await owner.CreateStoreAsync(NewStore(lat, lng))).Id, NewSpace("A01"));
        await (await kitchen.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Cleaning, null)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Every_space_endpoint_answers_not_found_for_another_tenants_space_and_changes_nothing()
    {
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var (lat, lng) = RandomSpot();
        var space = await tea.CreateSpaceAsync((await tea.CreateStoreAsync(NewStore(lat, lng, "teahouse"))).Id, NewSpace("T1", "room-small"));
        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        HttpResponseMessage[] attempts =
        [
            await ktv.GetAsync($"/api/admin/spaces/{space.Id}"),
            await ktv.PutJsonAsync($"/api/admin/spaces/{space.Id}", NewSpace("T1", "room-small")),
            await ktv.DeleteAsync($"/api/admin/spaces/{space.Id}"),
            await ktv.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Maintenance, null)),
            await ktv.GetAsync($"/api/admin/spaces/{space.Id}/status-history"),
        ];
        foreach (var attempt in attempts) await attempt.ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        (await (await tea.GetAsync($"/api/admin/spaces/{space.Id}")).ReadAsAsync<SpaceDto>()).Status.ShouldBe(SpaceStatus.Free);
    }
}
