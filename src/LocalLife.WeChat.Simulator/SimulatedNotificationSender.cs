using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// Sends notifications the way WeChat Pay does: the resource encrypted with the APIv3 key, the body signed with
/// the platform key, POSTed to notify_url, and re-sent while the host answers anything but 2xx.
/// </summary>
public sealed class SimulatedNotificationSender(
    HttpClient http, RSA platformKey, WeChatSimulatorOptions options, TimeProvider clock)
{
    private readonly ConcurrentQueue<SimulatedNotificationDelivery> _deliveries = new();

    public IReadOnlyCollection<SimulatedNotificationDelivery> Deliveries => _deliveries;

    public async Task<bool> SendAsync(
        string notifyUrl, string eventType, string summary, string originalType, object resource, CancellationToken ct)
    {
        var body = Envelope(eventType, summary, originalType, resource);
        var attempts = 0;
        int? lastStatus = null;
        foreach (var delay in options.NotificationRetryDelays.Prepend(TimeSpan.Zero))
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, clock, ct);
            attempts++;
            lastStatus = await PostAsync(notifyUrl, body, ct);
            if (lastStatus is >= 200 and < 300)
            {
                _deliveries.Enqueue(new SimulatedNotificationDelivery(notifyUrl, eventType, attempts, true, lastStatus));
                return true;
            }
        }
        _deliveries.Enqueue(new SimulatedNotificationDelivery(notifyUrl, eventType, attempts, false, lastStatus));
        return false;
    }

    private string Envelope(string eventType, string summary, string originalType, object resource)
    {
        var nonce = RandomNumberGenerator.GetString("0123456789abcdefghijklmnopqrstuvwxyz", 12);
        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var envelope = new WeChatPayNotificationEnvelope
        {
            Id = Guid.NewGuid().ToString(),
            CreateTime = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
            EventType = eventType,
            ResourceType = WeChatPayEventTypes.EncryptResource,
            Summary = summary,
            Resource = new WeChatPayNotificationResource
            {
                Algorithm = WeChatPayAesGcm.Algorithm,
                OriginalType = originalType,
                AssociatedData = originalType,
                Nonce = nonce,
                Ciphertext = WeChatPayAesGcm.Encrypt(options.ApiV3Key, nonce, originalType, WeChatJson.Serialize(resource)),
            },
        };
        return WeChatJson.Serialize(envelope);
    }

    // Each attempt is signed afresh, so a retry hours later still falls inside the receiver's time window.
    private async Task<int?> PostAsync(string notifyUrl, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, notifyUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in SignedHeaders.For(platformKey, options.PlatformPublicKeyId, clock, body))
            request.Headers.TryAddWithoutValidation(name, value);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
