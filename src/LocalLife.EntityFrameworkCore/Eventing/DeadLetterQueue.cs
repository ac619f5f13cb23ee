using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace LocalLife.Eventing;

/// <summary>
/// Counts the failures of received messages (one row per message, upserted, so competing hosts count together) and keeps the
/// ones given up on. Host-side: no tenant filter applies to the table.
/// </summary>
public sealed class DeadLetterQueue(LocalLifeDbContext db, InboxDispatcher dispatcher, TimeProvider clock) : IDeadLetterQueue
{
    /// <summary>One more failed handling of <paramref name="message"/>; true when that was the last one allowed (it is now dead).</summary>
    public async Task<bool> RecordFailureAsync(IncomingEvent message, string error, int maxAttempts, CancellationToken ct)
    {
        var status = await db.Database.SqlQueryRaw<string>(
            """
            INSERT INTO dead_letters (message_id, event_name, tenant_id, payload, status, attempts, last_error, first_failed_time, last_failed_time)
            VALUES (@id, @name, @tenant, @payload, CASE WHEN @max <= 1 THEN 'Dead' ELSE 'Retrying' END, 1, @error, @now, @now)
            ON CONFLICT (message_id) DO UPDATE SET
                attempts = dead_letters.attempts + 1,
                last_error = EXCLUDED.last_error,
                last_failed_time = EXCLUDED.last_failed_time,
                status = CASE WHEN dead_letters.attempts + 1 >= @max THEN 'Dead' ELSE 'Retrying' END
            RETURNING status AS "Value"
            """,
            new NpgsqlParameter("id", message.MessageId),
            new NpgsqlParameter("name", message.EventName),
            new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = (object?)message.TenantId ?? DBNull.Value },
            new NpgsqlParameter("payload", message.Payload),
            new NpgsqlParameter("max", maxAttempts),
            new NpgsqlParameter("error", error.Truncate(DeadLetter.MaxErrorLength)),
            new NpgsqlParameter("now", clock.GetUtcNow())).ToListAsync(ct);
        return status.Single() == nameof(DeadLetterStatus.Dead);
    }

    /// <summary>A redelivered message went through: its failures are forgotten.</summary>
    public Task ForgetAsync(Guid messageId, CancellationToken ct) =>
        db.DeadLetters.Where(d => d.MessageId == messageId && d.Status == DeadLetterStatus.Retrying).ExecuteDeleteAsync(ct);

    public async Task<(IReadOnlyList<DeadLetter> Items, int TotalCount)> GetPageAsync(DeadLetterStatus? status, int skip, int take, CancellationToken ct)
    {
        var query = db.DeadLetters.AsNoTracking().Where(d => status == null || d.Status == status);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.LastFailedTime).ThenBy(d => d.MessageId).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public Task<long> CountAsync(DeadLetterStatus status, CancellationToken ct) => db.DeadLetters.LongCountAsync(d => d.Status == status, ct);

    public async Task<DeadLetter> RetryAsync(Guid messageId, CancellationToken ct)
    {
        var letter = await db.DeadLetters.FirstOrDefaultAsync(d => d.MessageId == messageId, ct)
                     ?? throw new EntityNotFoundException(nameof(DeadLetter), messageId);
        if (letter.Status == DeadLetterStatus.Resolved) return letter;
        try
        {
            await dispatcher.DispatchAsync(new IncomingEvent(letter.MessageId, letter.EventName, letter.TenantId, letter.Payload), ct);
            letter.Resolve(clock.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            letter.FailedAgain(e.Message, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return letter;
    }
}
