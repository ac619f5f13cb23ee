using System.Text.Json;
using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;

namespace LocalLife.Eventing;

/// <summary>Adds the event to the DbContext of the current scope: it is saved by the use case's SaveChanges, or not at all.</summary>
internal sealed class OutboxEventBus(LocalLifeDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IDistributedEventBus
{
    public Task PublishAsync<TEto>(TEto eto, CancellationToken ct) where TEto : class
    {
        var payload = JsonSerializer.Serialize(eto, eto.GetType(), EventJson.Options);
        db.OutboxMessages.Add(new OutboxMessage(Guid.CreateVersion7(), currentTenant.Id, EventNameAttribute.Of(eto.GetType()), payload, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}

/// <summary>One JSON shape for payloads on every host and transport.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
