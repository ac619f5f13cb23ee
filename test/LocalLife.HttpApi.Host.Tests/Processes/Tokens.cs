using System.Net.Http.Json;
using System.Text.Json;
using LocalLife.Identity;

namespace LocalLife.Processes;

internal static class Tokens
{
    /// <summary>Password grant against a host process (the demo accounts of a seeded test database).</summary>
    public static async Task<string> PasswordAsync(HttpClient host, string? tenant, string userName)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = LocalLifeClients.Console, ["username"] = userName,
            ["password"] = TestDatabase.Password, ["scope"] = "profile roles locallife.api",
        };
        if (tenant is not null) form["tenant"] = tenant;
        var response = await host.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var token) ? token.GetString()! : throw new InvalidOperationException(body.ToString());
    }
}
