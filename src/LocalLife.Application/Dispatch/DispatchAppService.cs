using LocalLife.BackgroundJobs;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Ordering;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Spaces;
using LocalLife.Validation;
using Microsoft.Extensions.Options;

namespace LocalLife.Dispatch;

/// <summary>
/// Waiters (§5.9.8, story 10): duty and position, their delivery tasks (accept, pick up, deliver each stop), and the front desk's
/// view of who carries what. Picking up moves the orders to delivering; delivering a stop marks its order delivered, which the
/// customer confirms (or the auto-complete timer completes).
/// </summary>
public sealed class DispatchAppService(
    IWaiterDutyRepository duties,
    IDeliveryTaskRepository tasks,
    IOrderRepository orders,
    IStoreRepository stores,
    ISpaceRepository spaces,
    DeliveryDispatcher dispatcher,
    IBackgroundJobScheduler jobs,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IOptions<OrderingOptions> orderingOptions,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IDispatchAppService
{
    public async Task<WaiterDutyDto> SetDutyAsync(Guid storeId, SetDutyDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Deliver, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(storeId, ct);
        var now = clock.GetUtcNow();
        var me = currentUser.GetId();
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        var open = await tasks.GetOpenForUpdateAsync(storeId, ct);
        var duty = await duties.FindAsync(storeId, me, ct);
        if (duty is null)
        {
            duty = new WaiterDuty(Guid.CreateVersion7(), store.TenantId!.Value, storeId, me, currentUser.UserName ?? "waiter");
            await duties.InsertAsync(duty, ct);
        }
        var (position, spaceId) = await PositionAsync(input, ct);
        if (input.OnDuty) duty.GoOnDuty(position, spaceId, now);
        else
        {
            duty.GoOffDuty(now);
            // Trips not yet on their way go to someone else.
            foreach (var task in open.Where(t => t.WaiterId == me && t.Status is DeliveryTaskStatus.Assigned or DeliveryTaskStatus.Accepted)) task.TakeBack(now);
        }
        await unitOfWork.SaveChangesAsync(ct); // the dispatcher reads who is on duty from the database
        await dispatcher.AssignPendingAsync(storeId, now, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return duty.ToDto(open.Count(t => t.WaiterId == me && t.IsOpen));
    }

    public async Task<IReadOnlyList<WaiterDutyDto>> GetWaitersAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Default, ct);
        await stores.GetAsync(storeId, ct);
        var open = await tasks.GetListAsync(storeId, null, openOnly: true, ct);
        return (await duties.GetByStoreAsync(storeId, onDutyOnly: false, ct)).Select(d => d.ToDto(open.Count(t => t.WaiterId == d.UserId))).ToList();
    }

    public async Task<IReadOnlyList<DeliveryTaskDto>> GetTasksAsync(Guid storeId, GetDeliveryTasksInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Default, ct);
        await stores.GetAsync(storeId, ct);
        return (await tasks.GetListAsync(storeId, input.Mine ? currentUser.GetId() : null, input.OpenOnly, ct)).Select(t => t.ToDto()).ToList();
    }

    public async Task<DeliveryTaskDto> AcceptAsync(Guid taskId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Deliver, ct);
        return await ChangeAsync(taskId, (task, now) => { task.Accept(currentUser.GetId(), now); return Task.CompletedTask; }, ct);
    }

    public async Task<DeliveryTaskDto> DeclineAsync(Guid taskId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Deliver, ct);
        return await ChangeAsync(taskId, async (task, now) =>
        {
            task.Decline(currentUser.GetId(), now);
            await dispatcher.AssignPendingAsync(task.StoreId, now, ct); // to someone else; with nobody else on duty it waits
        }, ct);
    }

    public async Task<DeliveryTaskDto> AssignAsync(Guid taskId, AssignDeliveryTaskDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Assign, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await ChangeAsync(taskId, async (task, now) =>
        {
            if (await duties.FindAsync(task.StoreId, input.WaiterId, ct) is not { OnDuty: true })
                throw new BusinessException(DispatchErrorCodes.WaiterNotOnDuty).With("WaiterId", input.WaiterId);
            dispatcher.Offer(task, input.WaiterId, now);
        }, ct);
    }

    public async Task<DeliveryTaskDto> PickUpAsync(Guid taskId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Deliver, ct);
        return await ChangeAsync(taskId, async (task, now) =>
        {
            task.PickUp(currentUser.GetId(), now);
            foreach (var stop in task.Stops)
            {
                var order = await orders.GetAsync(stop.OrderId, ct);
                if (order.Status == OrderStatus.Preparing) order.StartDelivery(currentUser.GetId(), now);
            }
        }, ct);
    }

    public async Task<DeliveryTaskDto> DeliverAsync(Guid taskId, Guid orderId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Deliver, ct);
        return await ChangeAsync(taskId, async (task, now) =>
        {
            var me = currentUser.GetId();
            var stop = task.Deliver(orderId, me, now);
            var order = await orders.GetAsync(orderId, ct);
            if (order.Status == OrderStatus.Delivering)
            {
                order.MarkDelivered(me, now);
                OrderJobs.ScheduleAutoComplete(jobs, order.Id, now.AddMinutes(orderingOptions.Value.AutoCompleteMinutes));
            }
            if (await duties.FindAsync(task.StoreId, me, ct) is { } duty) duty.MoveTo(stop.Position, stop.SpaceId);
            if (task.Status == DeliveryTaskStatus.Delivered) await dispatcher.AssignPendingAsync(task.StoreId, now, ct); // free again
        }, ct);
    }

    public async Task<DeliveryStatsDto> GetStatsAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Dispatch.Default, ct);
        await stores.GetAsync(storeId, ct);
        var minutes = (await tasks.GetListAsync(storeId, null, openOnly: false, ct)).SelectMany(t => t.DeliveryMinutes()).ToList();
        return minutes.Count == 0 ? new DeliveryStatsDto(0, 0, 0) : new DeliveryStatsDto(minutes.Count, Math.Round(minutes.Average(), 2), Math.Round(minutes.Max(), 2));
    }

    private async Task<(FloorPoint? Position, Guid? SpaceId)> PositionAsync(SetDutyDto input, CancellationToken ct)
    {
        if (input.SpaceId is { } spaceId)
        {
            var space = await spaces.GetAsync(spaceId, ct);
            return (new FloorPoint(space.Position.Floor, space.Position.X, space.Position.Y), spaceId);
        }
        return input.Position is { } p ? (new FloorPoint(p.Floor, p.X, p.Y), null) : (null, null);
    }

    private async Task<DeliveryTaskDto> ChangeAsync(Guid taskId, Func<DeliveryTask, DateTimeOffset, Task> change, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        var task = await tasks.GetAsync(taskId, ct);
        await tasks.GetOpenForUpdateAsync(task.StoreId, ct);
        await change(task, now);
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return task.ToDto();
    }
}
