using LocalLife.Spaces;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

/// <summary>Customer reads are cached, and a committed change retires the cached copies at once.</summary>
[Collection(ApiCollection.Name)]
public sealed class CatalogCacheTests(ApiFixture api)
{
    [Fact]
    public async Task Customers_see_a_store_edit_and_a_status_change_on_the_next_read()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng, name: "旧名字"));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));
        var customer = api.CreateClient();

        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe("旧名字");
        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}/spaces")).ReadAsAsync<List<SpaceDto>>()).Single().Status.ShouldBe(SpaceStatus.Free);

        UpdateStoreDto rename = NewStore(lat, lng, name: "新名字");
        await owner.PutJsonAsync($"/api/admin/stores/{store.Id}", rename);
        await owner.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Maintenance, "维修"));

        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe("新名字");
        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}/spaces")).ReadAsAsync<List<SpaceDto>>()).Single().Status.ShouldBe(SpaceStatus.Maintenance);
    }

    [Fact]
    public async Task A_repeated_read_is_served_from_the_cache()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng, name: "缓存店"));
        var customer = api.CreateClient();
        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe("缓存店");

        // Changed behind the application's back (no save through it, so no invalidation): the cached copy is served.
        await using (var db = new Npgsql.NpgsqlConnection(api.Database.SuperuserConnectionString))
        {
            await db.OpenAsync();
            await new Npgsql.NpgsqlCommand($"UPDATE stores SET name = '偷改' WHERE id = '{store.Id}'", db).ExecuteNonQueryAsync();
        }
        (await (await customer.GetAsync($"/api/app/catalog/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe("缓存店");
        (await (await owner.GetAsync($"/api/admin/stores/{store.Id}")).ReadAsAsync<StoreDto>()).Name.ShouldBe("偷改"); // staff read the database
    }
}
