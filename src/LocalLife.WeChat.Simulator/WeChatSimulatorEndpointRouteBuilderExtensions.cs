using LocalLife.WeChat.Simulator;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class WeChatSimulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the simulated api.weixin.qq.com and api.mch.weixin.qq.com under <paramref name="prefix"/>; point
    /// <c>WeChat:MiniProgram:BaseAddress</c> and <c>WeChat:Pay:BaseAddress</c> at <c>{host}{prefix}</c>.
    /// Needs <c>services.AddWeChatSimulator(...)</c>.
    /// </summary>
    public static RouteGroupBuilder MapWeChatSimulator(this IEndpointRouteBuilder routes, string prefix = "/wechat-sim")
    {
        if (routes.ServiceProvider.GetService<WeChatSimulator>() is null)
            throw new InvalidOperationException("Call services.AddWeChatSimulator(...) before MapWeChatSimulator.");
        var group = routes.MapGroup(prefix);
        MiniProgramEndpoints.Map(group);
        PayEndpoints.Map(group);
        SimulatorControlEndpoints.Map(group);
        return group;
    }
}
