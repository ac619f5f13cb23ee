using LocalLife.Kitchen;
using LocalLife.Loyalty;

namespace LocalLife.Ordering;

/// <summary>A member level with the priority perk makes its members' orders VIP from the start (§5.9.6 VIP客户), and their tickets with them.</summary>
[Collection(WeChatCollection.Name)]
public sealed class VipOrderTests(WeChatApiFixture api)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task Members_of_a_level_with_the_priority_perk_order_as_vip()
    {
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant);
        var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await _driver.Payments.CustomerAsync("sim-order-vip");

        var before = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
        before.Priority.ShouldBe(OrderPriority.Normal);

        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/loyalty/settings")).ReadAsAsync<LoyaltySettingsDto>();
        await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { Levels = [settings.Levels[0] with { PriorityBooking = true }, .. settings.Levels.Skip(1)] });
        try
        {
            var vip = await _driver.OrderAndPayAsync(customer, space.Id, token, product.Id);
            vip.Priority.ShouldBe(OrderPriority.Vip);
            var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
            (await desk.PostAsync($"/api/admin/orders/{vip.Id}/accept", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            var tickets = await (await desk.GetAsync($"/api/admin/kitchen/orders/{vip.Id}/tickets")).ReadAsAsync<List<KitchenTicketDto>>();
            tickets.ShouldHaveSingleItem().Priority.ShouldBe(OrderPriority.Vip);
        }
        finally
        {
            await admin.PutJsonAsync("/api/host/loyalty/settings", settings);
        }
    }
}
