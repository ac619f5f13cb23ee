namespace LocalLife.Permissions;

/// <summary>The permission names of printers; <see cref="LocalLife.Printing.PrintingPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Printers
    {
        public const string Default = "LocalLife.Printers";
        public const string Manage = "LocalLife.Printers.Manage";
    }
}
