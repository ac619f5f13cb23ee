namespace LocalLife.Dispatch;

public interface IWaiterDutyRepository
{
    Task<WaiterDuty?> FindAsync(Guid storeId, Guid userId, CancellationToken ct);
    Task<IReadOnlyList<WaiterDuty>> GetByStoreAsync(Guid storeId, bool onDutyOnly, CancellationToken ct);
    Task InsertAsync(WaiterDuty duty, CancellationToken ct);
}

public interface IDeliveryTaskRepository
{
    Task<DeliveryTask> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Open tasks of a store (pending, assigned, accepted, picked up), locked for update so concurrent dispatches queue.</summary>
    Task<IReadOnlyList<DeliveryTask>> GetOpenForUpdateAsync(Guid storeId, CancellationToken ct);

    Task<IReadOnlyList<DeliveryTask>> GetListAsync(Guid storeId, Guid? waiterId, bool openOnly, CancellationToken ct);
    Task<DeliveryTask?> FindOpenByOrderAsync(Guid storeId, Guid orderId, CancellationToken ct);
    Task InsertAsync(DeliveryTask task, CancellationToken ct);
}
