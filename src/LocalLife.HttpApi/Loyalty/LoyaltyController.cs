using LocalLife.Common;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Loyalty;

/// <summary>The signed-in customer's points.</summary>
[Route("api/app/loyalty")]
public sealed class LoyaltyController(ILoyaltyAppService service) : AppController
{
    [HttpGet("account")]
    public Task<PointsAccountDto> GetAccountAsync(CancellationToken ct) => service.GetAccountAsync(ct);

    [HttpGet("history")]
    public Task<PagedResultDto<PointsEntryDto>> GetHistoryAsync([FromQuery] GetPointsHistoryInput input, CancellationToken ct) => service.GetHistoryAsync(input, ct);

    [HttpGet("preview")]
    public Task<RedemptionPreviewDto> PreviewAsync([FromQuery] GetRedemptionPreviewInput input, CancellationToken ct) => service.PreviewAsync(input, ct);
}
