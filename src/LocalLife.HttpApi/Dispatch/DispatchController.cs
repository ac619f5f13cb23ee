using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Dispatch;

/// <summary>Waiters: duty, position and delivery tasks; the front desk sees who carries what.</summary>
[Route("api/admin/dispatch")]
public sealed class DispatchController(IDispatchAppService service) : AdminController
{
    [HttpPost("{storeId:guid}/duty"), Authorize(LocalLifePermissions.Dispatch.Deliver)]
    public Task<WaiterDutyDto> SetDutyAsync(Guid storeId, SetDutyDto input, CancellationToken ct) => service.SetDutyAsync(storeId, input, ct);

    [HttpGet("{storeId:guid}/waiters"), Authorize(LocalLifePermissions.Dispatch.Default)]
    public Task<IReadOnlyList<WaiterDutyDto>> GetWaitersAsync(Guid storeId, CancellationToken ct) => service.GetWaitersAsync(storeId, ct);

    [HttpGet("{storeId:guid}/tasks"), Authorize(LocalLifePermissions.Dispatch.Default)]
    public Task<IReadOnlyList<DeliveryTaskDto>> GetTasksAsync(Guid storeId, [FromQuery] GetDeliveryTasksInput input, CancellationToken ct) =>
        service.GetTasksAsync(storeId, input, ct);

    [HttpGet("{storeId:guid}/stats"), Authorize(LocalLifePermissions.Dispatch.Default)]
    public Task<DeliveryStatsDto> GetStatsAsync(Guid storeId, CancellationToken ct) => service.GetStatsAsync(storeId, ct);

    [HttpPost("tasks/{id:guid}/accept"), Authorize(LocalLifePermissions.Dispatch.Deliver)]
    public Task<DeliveryTaskDto> AcceptAsync(Guid id, CancellationToken ct) => service.AcceptAsync(id, ct);

    [HttpPost("tasks/{id:guid}/decline"), Authorize(LocalLifePermissions.Dispatch.Deliver)]
    public Task<DeliveryTaskDto> DeclineAsync(Guid id, CancellationToken ct) => service.DeclineAsync(id, ct);

    [HttpPost("tasks/{id:guid}/assign"), Authorize(LocalLifePermissions.Dispatch.Assign)]
    public Task<DeliveryTaskDto> AssignAsync(Guid id, AssignDeliveryTaskDto input, CancellationToken ct) => service.AssignAsync(id, input, ct);

    [HttpPost("tasks/{id:guid}/pickup"), Authorize(LocalLifePermissions.Dispatch.Deliver)]
    public Task<DeliveryTaskDto> PickUpAsync(Guid id, CancellationToken ct) => service.PickUpAsync(id, ct);

    [HttpPost("tasks/{id:guid}/orders/{orderId:guid}/delivered"), Authorize(LocalLifePermissions.Dispatch.Deliver)]
    public Task<DeliveryTaskDto> DeliverAsync(Guid id, Guid orderId, CancellationToken ct) => service.DeliverAsync(id, orderId, ct);
}
