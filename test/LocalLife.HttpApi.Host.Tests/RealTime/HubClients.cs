using System.Security.Claims;
using System.Security.Cryptography;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalLife.RealTime;

internal static class HubClients
{
    /// <summary>A SignalR client on the in-memory test server (long polling: the test server has no real sockets).</summary>
    public static async Task<HubConnection> ConnectAsync(ApiFixture api, string path, string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Factory.Server.BaseAddress, path.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => api.Factory.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A SignalR client over real HTTP and WebSockets to the Kestrel host of the WeChat fixture.</summary>
    public static async Task<HubConnection> ConnectAsync(WeChatApiFixture api, string path, string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(api.Root), path.TrimStart('/')), o => o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Collects what arrives for one client method.</summary>
    public static Inbox Listen(this HubConnection connection, string method)
    {
        var inbox = new Inbox();
        connection.On<System.Text.Json.JsonElement>(method, payload => inbox.Add(payload));
        return inbox;
    }

    /// <summary>
    /// Customers sign in through WeChat (a later issue), so there is no password grant for them. This mints the token
    /// the server would issue for one: a real staff token with its user swapped, signed with the server's own key.
    /// </summary>
    public static string CustomerToken(ApiFixture api, string templateToken, Guid customerId)
    {
        var template = new JsonWebToken(templateToken);
        string[] replaced = ["sub", "name", "preferred_username", "role", LocalLifeClaimTypes.UserKind, LocalLifeClaimTypes.TenantId, LocalLifeClaimTypes.TenantName];
        var claims = template.Claims.Where(c => !replaced.Contains(c.Type) && c.Type is not ("exp" or "iat" or "nbf"))
            .GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count() == 1 ? (object)g.First().Value : g.Select(c => c.Value).ToArray());
        claims["sub"] = customerId.ToString();
        claims[LocalLifeClaimTypes.UserKind] = "Customer";
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(api.Factory.KeysPath, "signing.pem")));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            TokenType = template.Typ,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = template.Kid }, template.Alg),
        });
    }
}

internal sealed class Inbox
{
    private readonly List<System.Text.Json.JsonElement> _items = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<System.Text.Json.JsonElement> Items { get { lock (_items) return [.. _items]; } }

    public void Add(System.Text.Json.JsonElement item)
    {
        lock (_items) _items.Add(item.Clone());
        _arrived.Release();
    }

    public async Task<bool> WaitAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Items.Count < count && DateTime.UtcNow < deadline) await _arrived.WaitAsync(TimeSpan.FromMilliseconds(100));
        return Items.Count >= count;
    }
}
