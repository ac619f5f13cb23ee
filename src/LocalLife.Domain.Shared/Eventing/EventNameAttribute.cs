namespace LocalLife.Eventing;

/// <summary>
/// The stable name of an integration event (ETO) on the wire: the outbox row, the RabbitMQ routing key and the
/// inbox all use it, so renaming or moving the CLR type never breaks messages already in flight.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string Of(Type etoType) =>
        etoType.GetCustomAttributes(typeof(EventNameAttribute), false) is [EventNameAttribute attribute, ..]
            ? attribute.Name
            : throw new InvalidOperationException($"{etoType.Name} has no [EventName]: integration events need a stable name.");
}
