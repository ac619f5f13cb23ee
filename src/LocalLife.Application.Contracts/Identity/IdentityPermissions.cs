namespace LocalLife.Permissions;

/// <summary>The permission names of staff and roles; <see cref="LocalLife.Identity.IdentityPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Staff
    {
        public const string Default = "LocalLife.Staff";
        public const string Manage = "LocalLife.Staff.Manage";
    }

    public static class Roles
    {
        public const string Default = "LocalLife.Roles";
        public const string Manage = "LocalLife.Roles.Manage";
    }
}
