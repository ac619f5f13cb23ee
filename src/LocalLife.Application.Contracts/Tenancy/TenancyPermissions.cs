namespace LocalLife.Permissions;

/// <summary>The permission names of merchants (tenants); <see cref="LocalLife.Tenancy.TenancyPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Tenants
    {
        public const string Default = "LocalLife.Tenants";
        public const string Create = "LocalLife.Tenants.Create";
        public const string Update = "LocalLife.Tenants.Update";
        public const string ManageStatus = "LocalLife.Tenants.ManageStatus";
    }
}
