using System.Diagnostics;
using LocalLife.RealTime;
using LocalLife.Spaces;
using Microsoft.AspNetCore.SignalR.Client;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class LiveStatusPushTests(ApiFixture api)
{
    [Fact]
    public async Task A_customer_watching_the_store_sees_every_status_change_pushed_after_commit()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));
        var staffToken = (await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk")).AccessToken;

        await using var customer = await HubClients.ConnectAsync(api, "/hubs/customer", HubClients.CustomerToken(api, staffToken, Guid.NewGuid()));
        var inbox = customer.Listen(RealtimeMethods.SpaceStatusChanged);
        await customer.InvokeAsync("WatchStore", store.Id);

        var clock = Stopwatch.StartNew();
        await owner.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.InUse, null));
        (await inbox.WaitAsync(1, TimeSpan.FromSeconds(15))).ShouldBeTrue();
        Console.WriteLine($"space status push reached the watching customer in {clock.ElapsedMilliseconds} ms");

        // An illegal change is refused and announces nothing.
        await owner.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Booked, null));
        await owner.PostJsonAsync($"/api/admin/spaces/{space.Id}/status", new ChangeSpaceStatusDto(SpaceStatus.Cleaning, null));
        (await inbox.WaitAsync(2, TimeSpan.FromSeconds(15))).ShouldBeTrue();
        await Task.Delay(300);
        inbox.Items.Count.ShouldBe(2);
        var last = inbox.Items[^1];
        last.GetProperty("spaceId").GetGuid().ShouldBe(space.Id);
        last.GetProperty("to").GetString().ShouldBe("Cleaning");
    }
}
