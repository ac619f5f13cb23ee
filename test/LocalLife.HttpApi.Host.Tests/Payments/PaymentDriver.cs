using System.Net.Http.Json;
using System.Security.Cryptography;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Tenancy;
using LocalLife.WeChat;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalLife.Payments;

/// <summary>What the tests do over and over: sign a customer in, ask for a payment as a feature would, pay, notify.</summary>
public sealed class PaymentDriver(WeChatApiFixture api)
{
    public const string Scope = "offline_access profile locallife.api";

    public Task<HttpResponseMessage> RequestWeChatTokenAsync(string code) =>
        api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = LocalLifeGrantTypes.WeChatMiniProgram,
            ["client_id"] = LocalLifeClients.MiniProgram,
            ["code"] = code,
            ["scope"] = Scope,
        }));

    public async Task<(HttpClient Client, Guid CustomerId)> CustomerAsync(string code)
    {
        var token = await (await RequestWeChatTokenAsync(code)).ReadAsAsync<TokenResponse>();
        return (ApiFixture.WithBearer(api.CreateClient(), token.AccessToken), Guid.Parse(new JsonWebToken(token.AccessToken).Subject));
    }

    public async Task<Guid> TenantIdAsync(string name)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITenantRepository>().FindByNameAsync(name, default))!.Id;
    }

    /// <summary>As the checkout does for a payable: the payments service, working as the store's tenant.</summary>
    public async Task<PaymentCreatedDto> CreatePaymentAsync(string tenant, Guid customerId, long amountFen, Guid? orderId = null)
    {
        var tenantId = await TenantIdAsync(tenant);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId, tenant))
        {
            return await scope.ServiceProvider.GetRequiredService<PaymentProcessor>().CreateAsync(
                new PaymentRequest(PaymentKind.BookingDeposit, orderId ?? Guid.CreateVersion7(), customerId, amountFen, "中包定金"), default);
        }
    }

    public async Task<PaymentDto> CreatePaidAsync(string tenant, string customerCode, long amountFen)
    {
        var (_, customer) = await CustomerAsync(customerCode);
        var created = await CreatePaymentAsync(tenant, customer, amountFen);
        (await PayAsync(created.Payment.OutTradeNo)).Delivered.ShouldBeTrue();
        return created.Payment;
    }

    /// <summary>The customer confirms payment in (simulated) WeChat; the simulator then notifies the host over HTTP.</summary>
    public async Task<SimulatedPayment> PayAsync(string outTradeNo)
    {
        using var http = api.CreateRootClient();
        var response = await http.PostAsync($"/wechat-sim/sim/pay/{outTradeNo}", null);
        return (await response.Content.ReadFromJsonAsync<SimulatedPayment>())!;
    }

    public async Task<PaymentDto> GetAsync(string tenant, Guid id)
    {
        var staff = await api.LoginAsync(tenant, "manager");
        return await (await staff.GetAsync($"/api/admin/payments/{id}")).ReadAsAsync<PaymentDto>();
    }

    /// <summary>A TRANSACTION.SUCCESS resource as WeChat would send it, for an order the simulator marked paid silently.</summary>
    public WeChatPayTransaction PaidSilently(string outTradeNo) => api.Simulator.Ledger.MarkPaid(outTradeNo).ToTransaction();

    /// <summary>A notification request as WeChat Pay builds it; each argument can be made wrong on purpose.</summary>
    public HttpRequestMessage Notification(object resource, string originalType = WeChatPayNotificationResource.TransactionType,
        DateTimeOffset? signedAt = null, RSA? key = null, string? serial = null, Func<string, string>? tamper = null)
    {
        var sim = api.Simulator;
        var nonce = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);
        var body = WeChatJson.Serialize(new WeChatPayNotificationEnvelope
        {
            Id = Guid.NewGuid().ToString(),
            CreateTime = DateTimeOffset.UtcNow,
            EventType = originalType == WeChatPayNotificationResource.TransactionType ? WeChatPayEventTypes.TransactionSuccess : WeChatPayEventTypes.RefundSuccess,
            ResourceType = WeChatPayEventTypes.EncryptResource,
            Summary = "支付成功",
            Resource = new WeChatPayNotificationResource
            {
                Algorithm = WeChatPayAesGcm.Algorithm, OriginalType = originalType, AssociatedData = originalType, Nonce = nonce,
                Ciphertext = WeChatPayAesGcm.Encrypt(WeChatApiFixture.ApiV3Key, nonce, originalType, WeChatJson.Serialize(resource)),
            },
        });
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signatureNonce = WeChatPaySignature.NewNonce();
        var signature = WeChatPaySignature.Sign(key ?? sim.PlatformKey, WeChatPaySignature.ResponseMessage(timestamp, signatureNonce, body));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/wechat/notify")
        {
            Content = new StringContent(tamper?.Invoke(body) ?? body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WeChatPaySignatureHeaders.TimestampHeader, timestamp);
        request.Headers.Add(WeChatPaySignatureHeaders.NonceHeader, signatureNonce);
        request.Headers.Add(WeChatPaySignatureHeaders.SignatureHeader, signature);
        request.Headers.Add(WeChatPaySignatureHeaders.SerialHeader, serial ?? sim.Options.PlatformPublicKeyId);
        request.Headers.Add(WeChatPaySignatureHeaders.SignatureTypeHeader, WeChatPaySignature.Scheme);
        return request;
    }
}
