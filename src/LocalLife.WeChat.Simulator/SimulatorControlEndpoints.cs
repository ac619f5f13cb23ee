using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// What the real WeChat has a phone for: <c>sim/pay/{out_trade_no}</c> plays the user confirming payment.
/// Unsigned on purpose: it is the simulator's own control surface, not part of WeChat's protocol.
/// </summary>
internal static class SimulatorControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/sim/pay/{outTradeNo}", async (string outTradeNo, WeChatSimulator sim, CancellationToken ct) =>
        {
            try
            {
                return Results.Json(await sim.PayAsync(outTradeNo, ct));
            }
            catch (SimulatedPayException e)
            {
                return Results.Json(new { code = e.Code, message = e.Message }, statusCode: e.Status);
            }
        });

        routes.MapGet("/sim/platform-key", (WeChatSimulator sim) =>
            Results.Json(new { id = sim.Options.PlatformPublicKeyId, pem = sim.PlatformPublicKeyPem }));

        routes.MapGet("/sim/messages", (WeChatSimulator sim) => Results.Json(sim.SentMessages));

        routes.MapGet("/sim/notifications", (WeChatSimulator sim) => Results.Json(sim.Notifications.Deliveries));
    }
}
