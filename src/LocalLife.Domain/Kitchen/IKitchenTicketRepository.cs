using LocalLife.Ordering;

namespace LocalLife.Kitchen;

public interface IKitchenTicketRepository
{
    Task<KitchenTicket> GetAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<KitchenTicket>> GetByOrderAsync(Guid orderId, CancellationToken ct);

    /// <summary>Queued and preparing tickets of one station of a store.</summary>
    Task<IReadOnlyList<KitchenTicket>> GetOpenAsync(Guid storeId, Station station, CancellationToken ct);

    Task InsertAsync(KitchenTicket ticket, CancellationToken ct);
}
