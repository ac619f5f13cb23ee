using LocalLife.Ordering;

namespace LocalLife.Kitchen;

public interface IKitchenTicketRepository
{
    Task<KitchenTicket> GetAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<KitchenTicket>> GetByOrderAsync(Guid orderId, CancellationToken ct);

    /// <summary>Queued and preparing tickets of one station of a store.</summary>
    Task<IReadOnlyList<KitchenTicket>> GetOpenAsync(Guid storeId, Station station, CancellationToken ct);

    Task InsertAsync(KitchenTicket ticket, CancellationToken ct);

    /// <summary>
    /// Serialises changes to one order's tickets until the transaction ends, so two stations finishing at once both see the other's
    /// ticket and exactly one of them finds the order ready.
    /// </summary>
    Task LockOrderAsync(Guid orderId, CancellationToken ct);
}
