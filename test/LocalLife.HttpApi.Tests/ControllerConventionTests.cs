using System.Reflection;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife;

/// <summary>Thin controllers: the route says who calls, every action names a permission, and a controller calls only contracts.</summary>
public sealed class ControllerConventionTests
{
    private static readonly Type[] Controllers = typeof(LocalLifeController).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ControllerBase).IsAssignableFrom(t))
        .ToArray();

    public static TheoryData<string> ControllerNames() => new(Controllers.Select(c => c.FullName!));

    [Theory]
    [MemberData(nameof(ControllerNames))]
    public void The_route_prefix_matches_the_callers_group(string name)
    {
        var controller = Controllers.Single(c => c.FullName == name);
        var route = controller.GetCustomAttribute<RouteAttribute>()!.Template;
        var expected = typeof(HostController).IsAssignableFrom(controller) ? "api/host/"
            : typeof(AdminController).IsAssignableFrom(controller) ? "api/admin/"
            : typeof(AppController).IsAssignableFrom(controller) ? "api/app/"
            : null;
        if (expected is null) route.ShouldStartWith("api/", Case.Sensitive);
        else route.ShouldStartWith(expected, Case.Sensitive);
    }

    [Theory]
    [MemberData(nameof(ControllerNames))]
    public void Every_action_requires_a_known_permission_or_at_least_a_signed_in_caller(string name)
    {
        var controller = Controllers.Single(c => c.FullName == name);
        foreach (var action in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var policies = action.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Policy).ToList();
            var classAuthorized = controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any();
            // Anonymous only on purpose: catalog browsing, and WeChat Pay's notify_url whose signature is the authentication.
            if (action.GetCustomAttribute<AllowAnonymousAttribute>() is not null || controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null) continue;
            classAuthorized.ShouldBeTrue($"{name}.{action.Name} is not protected");
            if (controller.IsSubclassOf(typeof(HostController)) || controller.IsSubclassOf(typeof(AdminController)))
            {
                policies.ShouldHaveSingleItem($"{name}.{action.Name} names no permission");
                PermissionDefinitions.Find(policies[0]!).ShouldNotBeNull($"{name}.{action.Name}: unknown permission {policies[0]}");
                var side = controller.IsSubclassOf(typeof(HostController)) ? PermissionSide.Host : PermissionSide.Tenant;
                PermissionDefinitions.Find(policies[0]!)!.Side.ShouldBe(side, $"{name}.{action.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ControllerNames))]
    public void A_controller_depends_only_on_application_contracts(string name)
    {
        var controller = Controllers.Single(c => c.FullName == name);
        foreach (var parameter in controller.GetConstructors().Single().GetParameters())
        {
            parameter.ParameterType.IsInterface.ShouldBeTrue($"{name} takes {parameter.ParameterType}");
            parameter.ParameterType.Assembly.GetName().Name.ShouldBe("LocalLife.Application.Contracts");
        }
    }
}
