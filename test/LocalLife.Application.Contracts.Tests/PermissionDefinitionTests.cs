using System.Reflection;
using LocalLife.Identity;
using LocalLife.Localization;
using LocalLife.Permissions;

namespace LocalLife;

public sealed class PermissionDefinitionTests
{
    private static IEnumerable<string> DeclaredNames() =>
        typeof(LocalLifePermissions).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_declared_permission_is_defined_once_with_a_text_in_both_languages()
    {
        var defined = PermissionDefinitions.All.Select(p => p.Name).ToList();
        defined.ShouldBeUnique();
        DeclaredNames().ShouldBe(defined, ignoreOrder: true);
        foreach (var name in defined)
        {
            name.ShouldStartWith(LocalLifePermissions.Prefix);
            LocalLifeTexts.Has("Permission:" + name).ShouldBeTrue(name);
            LocalLifeTexts.Get("Permission:" + name, "en").ShouldNotBe(LocalLifeTexts.Get("Permission:" + name, "zh-Hans"));
        }
    }

    [Fact]
    public void Default_grants_name_only_static_roles_of_the_permissions_own_side()
    {
        foreach (var permission in PermissionDefinitions.All)
        {
            permission.DefaultRoles.ShouldAllBe(role => PermissionDefinitions.StaticRoles(permission.Side).Contains(role), permission.Name);
        }
    }

    [Fact]
    public void The_super_roles_are_one_per_side()
    {
        LocalLifeRoles.Host.Count(LocalLifeRoles.IsSuper).ShouldBe(1);
        LocalLifeRoles.Tenant.Count(LocalLifeRoles.IsSuper).ShouldBe(1);
    }

    [Fact]
    public void Front_line_roles_start_with_no_management_permission()
    {
        foreach (var role in new[] { LocalLifeRoles.Waiter, LocalLifeRoles.Kitchen, LocalLifeRoles.FrontDesk })
            PermissionDefinitions.DefaultsFor(role, PermissionSide.Tenant).ShouldNotContain(p => p.EndsWith(".Manage"), role);
        PermissionDefinitions.DefaultsFor(LocalLifeRoles.Operator, PermissionSide.Host).ShouldNotContain(LocalLifePermissions.Tenants.Create);
    }
}
