using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Eventing;

public sealed class EventAdminAppService(IOutboxRepository outbox, IDeadLetterQueue deadLetters, ICurrentTenant currentTenant, IUnitOfWork unitOfWork,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation)
    : IEventAdminAppService
{
    public async Task<EventOverviewDto> GetOverviewAsync(GetFailedEventsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Events.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var statistics = await outbox.GetStatisticsAsync(ct);
        var (items, total) = await outbox.GetFailedAsync(input.Skip, input.Take, ct);
        return new EventOverviewDto(statistics.Pending, statistics.Failed, statistics.Published,
            new PagedResultDto<OutboxMessageDto>([.. items.Select(m => m.ToDto())], total), await deadLetters.CountAsync(DeadLetterStatus.Dead, ct));
    }

    public async Task<PagedResultDto<DeadLetterDto>> GetDeadLettersAsync(GetDeadLettersInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Events.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await deadLetters.GetPageAsync(input.Status, input.Skip, input.Take, ct);
        return new PagedResultDto<DeadLetterDto>([.. items.Select(d => d.ToDto())], total);
    }

    public async Task<DeadLetterDto> RetryDeadLetterAsync(Guid messageId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Events.Retry, ct);
        return (await deadLetters.RetryAsync(messageId, ct)).ToDto();
    }

    /// <summary>Messages of every tenant are the host's to retry: found across tenants, retried as the message's tenant.</summary>
    public async Task<OutboxMessageDto> RetryAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Events.Retry, ct);
        using (currentTenant.Change(await outbox.GetTenantIdAcrossTenantsAsync(id, ct)))
        {
            var message = await outbox.GetAsync(id, ct);
            message.Retry(clock.GetUtcNow());
            await unitOfWork.SaveChangesAsync(ct);
            return message.ToDto();
        }
    }
}
