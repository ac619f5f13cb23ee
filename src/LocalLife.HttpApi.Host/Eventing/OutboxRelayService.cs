using Microsoft.Extensions.Options;

namespace LocalLife.Eventing;

/// <summary>
/// Runs the relay on every host: right after a local save wrote outbox rows, and at the poll interval for rows other
/// hosts wrote or whose retry fell due. While the bus or the database is away it backs off, up to five seconds.
/// </summary>
internal sealed class OutboxRelayService(OutboxRelay relay, OutboxSignal signal, IOptions<EventingOptions> options, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await relay.RelayBatchAsync(stoppingToken) >= options.Value.BatchSize) { }
                backoff = TimeSpan.Zero;
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
                logger.LogWarning("Outbox relay paused for {Backoff}: {Error}", backoff, e.Message);
                try { await Task.Delay(backoff, stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
