using System.Collections.Concurrent;
using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.BackgroundJobs;

public sealed record ProbeArgs(Guid ProbeId);

/// <summary>What a job saw when it ran: its tenant, and the tenants of the users its DbContext could read.</summary>
public sealed record ProbeResult(Guid? TenantId, List<Guid?> UserTenants, DateTimeOffset RanAt);

/// <summary>A real job through real Hangfire: it reads the database as whatever tenant it runs as.</summary>
public sealed class TenantProbeJob(ICurrentTenant currentTenant, LocalLifeDbContext db) : IBackgroundJob<ProbeArgs>
{
    public static readonly ConcurrentDictionary<Guid, TaskCompletionSource<ProbeResult>> Results = new();

    public async Task ExecuteAsync(ProbeArgs args, CancellationToken ct)
    {
        var tenants = await db.Users.Select(u => u.TenantId).Distinct().ToListAsync(ct);
        Completion(args.ProbeId).TrySetResult(new ProbeResult(currentTenant.Id, tenants, DateTimeOffset.UtcNow));
    }

    public static TaskCompletionSource<ProbeResult> Completion(Guid probeId) =>
        Results.GetOrAdd(probeId, _ => new TaskCompletionSource<ProbeResult>(TaskCreationOptions.RunContinuationsAsynchronously));
}
