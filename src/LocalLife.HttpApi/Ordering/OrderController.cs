using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Ordering;

/// <summary>Merchant staff: the store's orders through their life cycle.</summary>
[Route("api/admin/orders")]
public sealed class OrderController(IOrderAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Orders.Default)]
    public Task<PagedResultDto<OrderDto>> GetListAsync([FromQuery] GetOrdersInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Orders.Default)]
    public Task<OrderDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("{id:guid}/accept"), Authorize(LocalLifePermissions.Orders.Accept)]
    public Task<OrderDto> AcceptAsync(Guid id, CancellationToken ct) => service.AcceptAsync(id, ct);

    [HttpPost("batch-accept"), Authorize(LocalLifePermissions.Orders.Accept)]
    public Task<IReadOnlyList<BatchAcceptResultDto>> BatchAcceptAsync(BatchAcceptOrdersDto input, CancellationToken ct) => service.BatchAcceptAsync(input, ct);

    [HttpPost("{id:guid}/reject"), Authorize(LocalLifePermissions.Orders.Accept)]
    public Task<OrderDto> RejectAsync(Guid id, RejectOrderDto input, CancellationToken ct) => service.RejectAsync(id, input, ct);

    [HttpPost("{id:guid}/prepare"), Authorize(LocalLifePermissions.Orders.Fulfil)]
    public Task<OrderDto> StartPreparingAsync(Guid id, CancellationToken ct) => service.StartPreparingAsync(id, ct);

    [HttpPost("{id:guid}/deliver"), Authorize(LocalLifePermissions.Orders.Fulfil)]
    public Task<OrderDto> StartDeliveryAsync(Guid id, CancellationToken ct) => service.StartDeliveryAsync(id, ct);

    [HttpPost("{id:guid}/delivered"), Authorize(LocalLifePermissions.Orders.Fulfil)]
    public Task<OrderDto> MarkDeliveredAsync(Guid id, CancellationToken ct) => service.MarkDeliveredAsync(id, ct);

    [HttpPost("{id:guid}/exception"), Authorize(LocalLifePermissions.Orders.Fulfil)]
    public Task<OrderDto> RaiseIssueAsync(Guid id, RaiseOrderIssueDto input, CancellationToken ct) => service.RaiseIssueAsync(id, input, ct);

    [HttpPost("{id:guid}/resolve"), Authorize(LocalLifePermissions.Orders.Resolve)]
    public Task<OrderDto> ResolveIssueAsync(Guid id, ResolveOrderIssueDto input, CancellationToken ct) => service.ResolveIssueAsync(id, input, ct);
}
