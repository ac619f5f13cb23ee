using LocalLife.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.EntityFrameworkCore;

/// <summary>
/// Runs the handlers of the events that tracked aggregates raised, before the save, so their changes join the
/// same transaction. Handlers may raise further events; a chain longer than a few rounds is a bug.
/// </summary>
internal static class DomainEventDispatcher
{
    private const int MaxRounds = 8;

    public static async Task DispatchAsync(DbContext context, IServiceProvider services, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var events = context.ChangeTracker.Entries<IHasDomainEvents>()
                .SelectMany(e =>
                {
                    var raised = e.Entity.DomainEvents.ToList();
                    e.Entity.ClearDomainEvents();
                    return raised;
                })
                .ToList();
            if (events.Count == 0) return;

            foreach (var domainEvent in events)
            {
                var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
                foreach (var handler in services.GetServices(handlerType))
                {
                    var task = (Task)handlerType.GetMethod(nameof(IDomainEventHandler<object>.HandleAsync))!.Invoke(handler, [domainEvent, ct])!;
                    await task;
                }
            }
        }
        throw new InvalidOperationException($"Domain events still raised after {MaxRounds} rounds: a handler loop.");
    }
}
