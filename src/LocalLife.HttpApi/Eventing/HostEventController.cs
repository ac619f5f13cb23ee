using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Eventing;

[Route("api/host/events")]
public sealed class HostEventController(IEventAdminAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.Events.Default)]
    public Task<EventOverviewDto> GetOverviewAsync([FromQuery] GetFailedEventsInput input, CancellationToken ct) => service.GetOverviewAsync(input, ct);

    [HttpPost("{id:guid}/retry"), Authorize(LocalLifePermissions.Events.Retry)]
    public Task<OutboxMessageDto> RetryAsync(Guid id, CancellationToken ct) => service.RetryAsync(id, ct);

    [HttpGet("dead-letters"), Authorize(LocalLifePermissions.Events.Default)]
    public Task<PagedResultDto<DeadLetterDto>> GetDeadLettersAsync([FromQuery] GetDeadLettersInput input, CancellationToken ct) =>
        service.GetDeadLettersAsync(input, ct);

    [HttpPost("dead-letters/{messageId:guid}/retry"), Authorize(LocalLifePermissions.Events.Retry)]
    public Task<DeadLetterDto> RetryDeadLetterAsync(Guid messageId, CancellationToken ct) => service.RetryDeadLetterAsync(messageId, ct);
}
