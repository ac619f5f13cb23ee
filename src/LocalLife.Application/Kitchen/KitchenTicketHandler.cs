using LocalLife.Dispatch;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Ordering;

namespace LocalLife.Kitchen;

/// <summary>
/// The order's side of the station tickets, in the transaction that changed them: accepting an order splits it into tickets per
/// station; cancelling it cancels them; a ticket started or done moves the order to preparing; when every ticket is done the
/// order is ready and a waiter is dispatched. Orders moved on by hand (the plain prepare/deliver endpoints) close their tickets.
/// An exception takes the order off its waiter's trip; resolved back into preparing with everything made, it is dispatched again.
/// </summary>
public sealed class KitchenTicketHandler(IKitchenTicketRepository tickets, IOrderRepository orders, DeliveryDispatcher dispatcher, IDistributedEventBus bus) :
    IDomainEventHandler<OrderStatusChanged>, IDomainEventHandler<KitchenTicketChanged>
{
    public async Task HandleAsync(OrderStatusChanged e, CancellationToken ct)
    {
        switch (e.To)
        {
            case OrderStatus.Accepted:
                var existing = await tickets.GetByOrderAsync(e.OrderId, ct);
                if (existing.Count > 0) return; // back from an exception: the tickets are there
                var order = await orders.GetAsync(e.OrderId, ct);
                foreach (var ticket in KitchenTicket.Split(order, order.Priority, e.At)) await tickets.InsertAsync(ticket, ct);
                break;
            case OrderStatus.Cancelled:
                foreach (var ticket in await tickets.GetByOrderAsync(e.OrderId, ct)) ticket.Cancel(e.At);
                await dispatcher.OrderLeftAsync(e.StoreId, e.OrderId, e.At, ct);
                break;
            case OrderStatus.Exception:
                // Out of stock, delivery failed: off the waiter's trip until the front desk resolves it.
                await dispatcher.OrderLeftAsync(e.StoreId, e.OrderId, e.At, ct);
                break;
            case OrderStatus.Preparing when e.From == OrderStatus.Exception:
                // Resolved (a substitute, a partial refund) with everything already made: it needs a waiter again.
                await DispatchIfMadeAsync(await orders.GetAsync(e.OrderId, ct), e.At, ct);
                break;
            case OrderStatus.Delivering or OrderStatus.Delivered:
                foreach (var ticket in await tickets.GetByOrderAsync(e.OrderId, ct))
                    if (ticket.IsOpen) ticket.Finish(e.At);
                break;
        }
    }

    public async Task HandleAsync(KitchenTicketChanged e, CancellationToken ct)
    {
        var t = e.Ticket;
        await bus.PublishAsync(new KitchenTicketChangedEto(t.Id, t.TenantId!.Value, t.StoreId, t.Station, t.OrderId, t.OrderNumber, t.SpaceNumber, e.To,
            e.Priority, e.At), ct);
        if (e.To is not (TicketStatus.Preparing or TicketStatus.Done) || e.From == e.To) return;

        var order = await orders.GetAsync(t.OrderId, ct);
        if (order.Status == OrderStatus.Accepted) order.StartPreparing(null, e.At);
        if (e.To != TicketStatus.Done || order.Status != OrderStatus.Preparing) return;
        await DispatchIfMadeAsync(order, e.At, ct);
    }

    /// <summary>Every ticket of the order closed and at least one made: the order is ready and goes to a waiter.</summary>
    private async Task DispatchIfMadeAsync(Order order, DateTimeOffset at, CancellationToken ct)
    {
        var all = await tickets.GetByOrderAsync(order.Id, ct);
        if (all.All(x => !x.IsOpen) && all.Any(x => x.Status == TicketStatus.Done)) await dispatcher.OrderReadyAsync(order, at, ct);
    }
}
