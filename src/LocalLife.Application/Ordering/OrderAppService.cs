using LocalLife.BackgroundJobs;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>Merchant staff: the store's orders — accept or reject, prepare, deliver, and handle exceptions.</summary>
public sealed class OrderAppService(
    IOrderRepository orders,
    OrderLifecycle lifecycle,
    IBackgroundJobScheduler jobs,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IOptions<OrderingOptions> options,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IOrderAppService
{
    public async Task<PagedResultDto<OrderDto>> GetListAsync(GetOrdersInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var query = new OrderQuery(StoreId: input.StoreId, SpaceId: input.SpaceId, BookingId: input.BookingId, Statuses: input.Status is { } s ? [s] : null);
        var (items, total) = await orders.GetPageAsync(query, input.Skip, input.Take, ct);
        return new PagedResultDto<OrderDto>(items.Select(o => o.ToDto()).ToList(), total);
    }

    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Default, ct);
        return (await orders.GetAsync(id, ct)).ToDto();
    }

    public async Task<OrderDto> AcceptAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Accept, ct);
        return await ChangeAsync(id, (o, now) => o.Accept(currentUser.GetId(), now), ct);
    }

    /// <summary>Accepts each order on its own (one failing does not hold the others back); each becomes its station tickets.</summary>
    public async Task<IReadOnlyList<BatchAcceptResultDto>> BatchAcceptAsync(BatchAcceptOrdersDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Accept, ct);
        await inputValidation.ValidateAsync(input, ct);
        var results = new List<BatchAcceptResultDto>();
        foreach (var id in input.OrderIds.Distinct())
        {
            try
            {
                var dto = await AcceptAsync(id, ct);
                results.Add(new BatchAcceptResultDto(id, true, null, dto.Status));
            }
            catch (Exception e) when (e is BusinessException or EntityNotFoundException)
            {
                results.Add(new BatchAcceptResultDto(id, false, e is BusinessException b ? b.Code : "LocalLife:EntityNotFound", null));
            }
        }
        return results;
    }

    /// <summary>Rejecting a paid order cancels it: stock and points go back and the cash is refunded.</summary>
    public async Task<OrderDto> RejectAsync(Guid id, RejectOrderDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Accept, ct);
        await inputValidation.ValidateAsync(input, ct);
        var order = await orders.GetAsync(id, ct);
        order.CheckCancellable(byCustomer: false);
        var cancelled = await lifecycle.CancelAsync(id, "rejected: " + input.Reason.Trim(), currentUser.GetId(),
            o => o.Status is OrderStatus.Paid or OrderStatus.Accepted, ct);
        return cancelled.ToDto();
    }

    public async Task<OrderDto> StartPreparingAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Fulfil, ct);
        return await ChangeAsync(id, (o, now) => o.StartPreparing(currentUser.GetId(), now), ct);
    }

    public async Task<OrderDto> StartDeliveryAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Fulfil, ct);
        return await ChangeAsync(id, (o, now) => o.StartDelivery(currentUser.GetId(), now), ct);
    }

    public async Task<OrderDto> MarkDeliveredAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Fulfil, ct);
        var dto = await ChangeAsync(id, (o, now) => o.MarkDelivered(currentUser.GetId(), now), ct);
        OrderJobs.ScheduleAutoComplete(jobs, id, dto.DeliveredAt!.Value.AddMinutes(options.Value.AutoCompleteMinutes));
        return dto;
    }

    public async Task<OrderDto> RaiseIssueAsync(Guid id, RaiseOrderIssueDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Fulfil, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await ChangeAsync(id, (o, now) => o.RaiseIssue(input.Kind, input.Note.Trim(), currentUser.GetId(), now), ct);
    }

    /// <summary>Resolves an exception (substitute, partial refund, full refund → cancelled); a full refund also returns stock and points.</summary>
    public async Task<OrderDto> ResolveIssueAsync(Guid id, ResolveOrderIssueDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Resolve, ct);
        await inputValidation.ValidateAsync(input, ct);
        var order = await lifecycle.ResolveIssueAsync(id, input.Resolution, input.Note.Trim(), input.RefundFen, currentUser.GetId(), ct);
        return order.ToDto();
    }

    private async Task<OrderDto> ChangeAsync(Guid id, Action<Order, DateTimeOffset> change, CancellationToken ct)
    {
        var order = await orders.GetAsync(id, ct);
        change(order, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return order.ToDto();
    }
}
