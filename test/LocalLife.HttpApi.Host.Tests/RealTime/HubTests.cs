using System.Net;
using LocalLife.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.RealTime;

[Collection(ApiCollection.Name)]
public sealed class HubTests(ApiFixture api)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    [Fact]
    public async Task Staff_hear_their_tenant_store_and_role_and_never_another_tenants_store_of_the_same_id()
    {
        var (ktv, tea) = (await TenantIdAsync("ktv-demo"), await TenantIdAsync("teahouse-demo"));
        var store = Guid.NewGuid();
        await using var ktvOwner = await HubClients.ConnectAsync(api, StaffHub.Path, (await api.GetTokenAsync(ApiFixture.KtvTenant, "owner")).AccessToken);
        await using var teaOwner = await HubClients.ConnectAsync(api, StaffHub.Path, (await api.GetTokenAsync(ApiFixture.TeaTenant, "owner")).AccessToken);
        var ktvInbox = ktvOwner.Listen("test");
        var teaInbox = teaOwner.Listen("test");
        await ktvOwner.InvokeAsync("JoinStore", store);
        await teaOwner.InvokeAsync("JoinStore", store); // another tenant's store id: joins a group of its own tenant

        await NotifyAsync(n => n.ToStoreStaffAsync(ktv, store, "test", new { kind = "store" }, CancellationToken.None));
        await NotifyAsync(n => n.ToRoleAsync(ktv, LocalLifeRoles.Owner, "test", new { kind = "role" }, CancellationToken.None));
        await NotifyAsync(n => n.ToTenantStaffAsync(tea, "test", new { kind = "tenant" }, CancellationToken.None));

        (await ktvInbox.WaitAsync(2, Wait)).ShouldBeTrue();
        (await teaInbox.WaitAsync(1, Wait)).ShouldBeTrue();
        await Task.Delay(Quiet);
        ktvInbox.Items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["store", "role"], ignoreOrder: true);
        teaInbox.Items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["tenant"]);
    }

    [Fact]
    public async Task A_customer_cannot_enter_the_staff_hub_but_watches_any_store_and_hears_its_own_pushes()
    {
        var customerId = Guid.CreateVersion7();
        var token = HubClients.CustomerToken(api, (await api.GetTokenAsync(ApiFixture.KtvTenant, "owner")).AccessToken, customerId);

        var refused = await Should.ThrowAsync<HttpRequestException>(() => HubClients.ConnectAsync(api, StaffHub.Path, token));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var customer = await HubClients.ConnectAsync(api, CustomerHub.Path, token);
        var inbox = customer.Listen("test");
        var store = Guid.NewGuid();
        await customer.InvokeAsync("WatchStore", store);
        await NotifyAsync(n => n.ToStoreWatchersAsync(store, "test", new { kind = "space" }, CancellationToken.None));
        await NotifyAsync(n => n.ToUserAsync(customerId, "test", new { kind = "mine" }, CancellationToken.None));
        await NotifyAsync(n => n.ToTenantStaffAsync(Guid.NewGuid(), "test", new { kind = "staff" }, CancellationToken.None));

        (await inbox.WaitAsync(2, Wait)).ShouldBeTrue();
        await Task.Delay(Quiet);
        inbox.Items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["space", "mine"], ignoreOrder: true);
    }

    [Fact]
    public async Task Staff_cannot_use_the_customer_hub_and_anonymous_callers_neither_hub()
    {
        var staffToken = (await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk")).AccessToken;
        (await Should.ThrowAsync<HttpRequestException>(() => HubClients.ConnectAsync(api, CustomerHub.Path, staffToken))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var platformToken = (await api.GetTokenAsync(null, "admin")).AccessToken;
        (await Should.ThrowAsync<HttpRequestException>(() => HubClients.ConnectAsync(api, StaffHub.Path, platformToken))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var client = api.CreateClient();
        (await client.PostAsync($"{StaffHub.Path}/negotiate?negotiateVersion=1", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsync($"{CustomerHub.Path}/negotiate?negotiateVersion=1", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Browsers cannot set headers on WebSockets: the token may come as the access_token query parameter.
        (await client.PostAsync($"{StaffHub.Path}/negotiate?negotiateVersion=1&access_token={staffToken}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_station_name_outside_the_pattern_is_refused()
    {
        await using var kitchen = await HubClients.ConnectAsync(api, StaffHub.Path, (await api.GetTokenAsync(ApiFixture.KtvTenant, "kitchen")).AccessToken);
        var error = await Should.ThrowAsync<HubException>(() => kitchen.InvokeAsync("JoinStation", Guid.NewGuid(), "../bar"));
        error.Message.ShouldContain("LocalLife:RealTime:InvalidStation");
        await kitchen.InvokeAsync("JoinStation", Guid.NewGuid(), "bar-1");
    }

    private async Task NotifyAsync(Func<IRealtimeNotifier, Task> push)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await push(scope.ServiceProvider.GetRequiredService<IRealtimeNotifier>());
    }

    private Task<Guid> TenantIdAsync(string name) =>
        AllTenantsSql.ScalarAsync<Guid>(api.Database, "SELECT id FROM tenants WHERE name = @name", ("name", name));
}
