namespace LocalLife.Eventing;

/// <summary>Configuration section <c>Events</c>: how the relay polls and retries, and the RabbitMQ names.</summary>
public sealed class EventingOptions
{
    public const string Section = "Events";

    public int BatchSize { get; set; } = 100;
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The durable topic exchange every host publishes to.</summary>
    public string Exchange { get; set; } = "locallife.events";

    /// <summary>The durable queue of this application's handlers, shared by all hosts (competing consumers).</summary>
    public string Queue { get; set; } = "locallife.handlers";

    public ushort Prefetch { get; set; } = 16;

    /// <summary>Deliveries of one received message whose handling fails before it is set aside as a dead letter.</summary>
    public int MaxHandlingAttempts { get; set; } = 5;
}
