using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Eventing;

/// <summary>
/// Which handlers subscribe to which event names. Registered explicitly per feature (no assembly scanning), so the
/// bus binds exactly these names and a reader finds every subscriber in the layers' DI methods.
/// </summary>
public sealed class DistributedEventOptions
{
    private readonly Dictionary<string, EventSubscription> _byName = new(StringComparer.Ordinal);

    public IReadOnlyCollection<EventSubscription> Subscriptions => _byName.Values;

    public EventSubscription? Find(string eventName) => _byName.GetValueOrDefault(eventName);

    internal void Add(Type etoType, Type handlerType)
    {
        var name = EventNameAttribute.Of(etoType);
        if (!_byName.TryGetValue(name, out var subscription)) _byName[name] = subscription = new EventSubscription(name, etoType);
        if (subscription.EtoType != etoType) throw new InvalidOperationException($"Event name {name} is used by {subscription.EtoType.Name} and {etoType.Name}.");
        if (!subscription.HandlerTypes.Contains(handlerType)) subscription.HandlerTypes.Add(handlerType);
    }
}

public sealed record EventSubscription(string EventName, Type EtoType)
{
    public List<Type> HandlerTypes { get; } = [];

    /// <summary>The handler's name in the inbox: stable across assembly versions.</summary>
    public static string HandlerName(Type handlerType) => handlerType.FullName ?? handlerType.Name;
}

public static class DistributedEventServiceCollectionExtensions
{
    public static IServiceCollection AddDistributedEventHandler<TEto, THandler>(this IServiceCollection services)
        where TEto : class
        where THandler : class, IDistributedEventHandler<TEto>
    {
        services.AddScoped<THandler>();
        services.Configure<DistributedEventOptions>(o => o.Add(typeof(TEto), typeof(THandler)));
        return services;
    }
}
