using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Ordering;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Kitchen;

/// <summary>
/// Bar, kitchen and service staff: their station's display and the progress of tickets. Each change runs in one transaction with
/// what it sets off (the order moves to preparing; the last ticket done dispatches a waiter), see <see cref="KitchenTicketHandler"/>.
/// </summary>
public sealed class KitchenAppService(IKitchenTicketRepository tickets, IOrderRepository orders, IStoreRepository stores, IUnitOfWork unitOfWork,
    ICurrentUser currentUser, TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IKitchenAppService
{
    public async Task<StationFeedDto> GetFeedAsync(Guid storeId, Station station, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Kitchen.Default, ct);
        await stores.GetAsync(storeId, ct); // another tenant's store is not found
        return StationFeed.Build(storeId, station, await tickets.GetOpenAsync(storeId, station, ct), clock.GetUtcNow());
    }

    public async Task<IReadOnlyList<KitchenTicketDto>> GetOrderTicketsAsync(Guid orderId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Default, ct);
        await orders.GetAsync(orderId, ct); // another tenant's order is not found
        var now = clock.GetUtcNow();
        return (await tickets.GetByOrderAsync(orderId, ct)).Select(t => t.ToDto(now)).ToList();
    }

    public async Task<KitchenTicketDto> StartAsync(Guid ticketId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Kitchen.Prepare, ct);
        return await ChangeAsync(ticketId, (t, now) => t.Start(now), ct);
    }

    public async Task<KitchenTicketDto> FinishAsync(Guid ticketId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Kitchen.Prepare, ct);
        return await ChangeAsync(ticketId, (t, now) => t.Finish(now), ct);
    }

    public async Task<KitchenTicketDto> FinishItemAsync(Guid ticketId, Guid lineId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Kitchen.Prepare, ct);
        return await ChangeAsync(ticketId, (t, now) => t.FinishItem(lineId, now), ct);
    }

    /// <summary>
    /// VIP or urgent: kept on the order (tickets made when it is accepted carry it) and its open tickets move up every station's
    /// display.
    /// </summary>
    public async Task<IReadOnlyList<KitchenTicketDto>> PrioritizeAsync(Guid orderId, PrioritizeOrderDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Orders.Accept, ct);
        await inputValidation.ValidateAsync(input, ct);
        var order = await orders.GetAsync(orderId, ct); // accepted meanwhile (tickets split): its concurrency stamp refuses this save
        var now = clock.GetUtcNow();
        order.Prioritize(input.Priority, currentUser.GetId(), now);
        var list = await tickets.GetByOrderAsync(orderId, ct);
        foreach (var ticket in list) ticket.Prioritize(input.Priority, now);
        await unitOfWork.SaveChangesAsync(ct);
        return list.Select(t => t.ToDto(now)).ToList();
    }

    private async Task<KitchenTicketDto> ChangeAsync(Guid ticketId, Action<KitchenTicket, DateTimeOffset> change, CancellationToken ct)
    {
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        var ticket = await tickets.GetAsync(ticketId, ct);
        await tickets.LockOrderAsync(ticket.OrderId, ct); // the siblings are read after this, as committed by the other station
        var now = clock.GetUtcNow();
        change(ticket, now);
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ticket.ToDto(now);
    }
}
