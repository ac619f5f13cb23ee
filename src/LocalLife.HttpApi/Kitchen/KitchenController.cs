using LocalLife.Ordering;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Kitchen;

/// <summary>Bar, kitchen and service stations: their display and ticket progress; the front desk sets an order's priority.</summary>
[Route("api/admin/kitchen")]
public sealed class KitchenController(IKitchenAppService service) : AdminController
{
    [HttpGet("{storeId:guid}/stations/{station}"), Authorize(LocalLifePermissions.Kitchen.Default)]
    public Task<StationFeedDto> GetFeedAsync(Guid storeId, Station station, CancellationToken ct) => service.GetFeedAsync(storeId, station, ct);

    [HttpGet("orders/{orderId:guid}/tickets"), Authorize(LocalLifePermissions.Orders.Default)]
    public Task<IReadOnlyList<KitchenTicketDto>> GetOrderTicketsAsync(Guid orderId, CancellationToken ct) => service.GetOrderTicketsAsync(orderId, ct);

    [HttpPost("orders/{orderId:guid}/priority"), Authorize(LocalLifePermissions.Orders.Accept)]
    public Task<IReadOnlyList<KitchenTicketDto>> PrioritizeAsync(Guid orderId, PrioritizeOrderDto input, CancellationToken ct) =>
        service.PrioritizeAsync(orderId, input, ct);

    [HttpPost("tickets/{id:guid}/start"), Authorize(LocalLifePermissions.Kitchen.Prepare)]
    public Task<KitchenTicketDto> StartAsync(Guid id, CancellationToken ct) => service.StartAsync(id, ct);

    [HttpPost("tickets/{id:guid}/done"), Authorize(LocalLifePermissions.Kitchen.Prepare)]
    public Task<KitchenTicketDto> FinishAsync(Guid id, CancellationToken ct) => service.FinishAsync(id, ct);

    [HttpPost("tickets/{id:guid}/items/{lineId:guid}/done"), Authorize(LocalLifePermissions.Kitchen.Prepare)]
    public Task<KitchenTicketDto> FinishItemAsync(Guid id, Guid lineId, CancellationToken ct) => service.FinishItemAsync(id, lineId, ct);
}
