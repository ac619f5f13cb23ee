using RabbitMQ.Client;

namespace LocalLife.Eventing;

/// <summary>
/// One durable topic exchange, one durable queue for this application's handlers bound to every subscribed event
/// name. Publisher and consumer both declare it (idempotently), so an event published before any consumer ever
/// started still finds its queue.
/// </summary>
internal static class RabbitMqTopology
{
    public const string TenantHeader = "tenant_id";

    public static ConnectionFactory Factory(string uri, string clientName) => new()
    {
        Uri = new Uri(uri),
        ClientProvidedName = $"{clientName}@{Environment.MachineName}",
        // Reconnecting is ours (relay backoff, consumer loop): one behaviour to reason about in the fault tests.
        AutomaticRecoveryEnabled = false,
        RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
    };

    public static async Task DeclareAsync(IChannel channel, EventingOptions options, IEnumerable<string> eventNames, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(options.Queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct);
        foreach (var name in eventNames)
            await channel.QueueBindAsync(options.Queue, options.Exchange, name, cancellationToken: ct);
    }
}
