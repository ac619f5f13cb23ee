using LocalLife.BackgroundJobs;
using LocalLife.Entities;

namespace LocalLife.Dispatch;

public sealed record DeliveryJobArgs(Guid TaskId, Guid WaiterId);

/// <summary>The dispatch timer, run as the task's tenant: idempotent, and takes the moment to judge by so tests decide what is due.</summary>
public sealed class DispatchJobs(IDeliveryTaskRepository tasks, DeliveryDispatcher dispatcher, IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>
    /// Still not accepted by the same waiter when the window closed: taken back and offered to the next (or, with nobody else on
    /// duty, to the same waiter again). True if it was taken back.
    /// </summary>
    public async Task<bool> ReassignIfUnacceptedAsync(Guid taskId, Guid waiterId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        var task = await tasks.GetAsync(taskId, ct);
        await tasks.GetOpenForUpdateAsync(task.StoreId, ct); // serialise with other dispatch decisions of the store
        if (task is not { Status: DeliveryTaskStatus.Assigned, AcceptBy: { } by } || task.WaiterId != waiterId || at < by) return false;
        task.TakeBack(at);
        await dispatcher.AssignPendingAsync(task.StoreId, at, ct);
        await dispatcher.OfferAgainAsync(task, waiterId, at, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}

public sealed class ReassignDeliveryJob(DispatchJobs jobs) : IBackgroundJob<DeliveryJobArgs>
{
    public Task ExecuteAsync(DeliveryJobArgs args, CancellationToken ct) => jobs.ReassignIfUnacceptedAsync(args.TaskId, args.WaiterId, null, ct);
}
