namespace LocalLife.Permissions;

/// <summary>The permission names of rooms and booths; <see cref="LocalLife.Spaces.SpacePermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Spaces
    {
        public const string Default = "LocalLife.Spaces";
        public const string Manage = "LocalLife.Spaces.Manage";
        public const string ChangeStatus = "LocalLife.Spaces.ChangeStatus";
    }
}
