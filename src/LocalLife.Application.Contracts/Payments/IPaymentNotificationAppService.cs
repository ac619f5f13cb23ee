namespace LocalLife.Payments;

/// <summary>
/// WeChat Pay's notify_url. Verifies and applies a payment or refund notification, once; throws a business error
/// (401 signature, 400 malformed or mismatched, 404 unknown order) so WeChat Pay retries what was not applied.
/// </summary>
public interface IPaymentNotificationAppService
{
    Task HandleWeChatAsync(WeChatPayNotificationInput input, CancellationToken ct);
}
