namespace LocalLife.Permissions;

/// <summary>The permission names of the kitchen stations; <see cref="LocalLife.Kitchen.KitchenPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Kitchen
    {
        public const string Default = "LocalLife.Kitchen";
        public const string Prepare = "LocalLife.Kitchen.Prepare";
    }
}
