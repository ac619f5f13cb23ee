using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Payments;

/// <summary>
/// WeChat Pay's notify_url (payments) and refund notify_url. Anonymous by design: the signature is the
/// authentication, checked on the exact bytes received. 204 = received; any other answer makes WeChat retry.
/// </summary>
[Route("api/payments/wechat")]
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PaymentNotificationController(IPaymentNotificationAppService service) : LocalLifeController
{
    private const int MaxBodyBytes = 64 * 1024;

    [HttpPost("notify"), RequestSizeLimit(MaxBodyBytes)]
    public Task<IActionResult> NotifyAsync(CancellationToken ct) => HandleAsync(ct);

    /// <summary>Same handling: the notification's resource says whether it is a payment or a refund.</summary>
    [HttpPost("refund-notify"), RequestSizeLimit(MaxBodyBytes)]
    public Task<IActionResult> RefundNotifyAsync(CancellationToken ct) => HandleAsync(ct);

    private async Task<IActionResult> HandleAsync(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body);
        var body = await reader.ReadToEndAsync(ct);
        var headers = Request.Headers;
        await service.HandleWeChatAsync(new WeChatPayNotificationInput(
            headers[WeChatPayNotificationInput.TimestampHeader].FirstOrDefault(),
            headers[WeChatPayNotificationInput.NonceHeader].FirstOrDefault(),
            headers[WeChatPayNotificationInput.SignatureHeader].FirstOrDefault(),
            headers[WeChatPayNotificationInput.SerialHeader].FirstOrDefault(),
            body), ct);
        return NoContent();
    }
}
