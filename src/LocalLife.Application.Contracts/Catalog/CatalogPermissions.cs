namespace LocalLife.Permissions;

/// <summary>The permission names of categories and stores; <see cref="LocalLife.Catalog.CatalogPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Categories
    {
        public const string Default = "LocalLife.Categories";
        public const string Manage = "LocalLife.Categories.Manage";
    }

    public static class Stores
    {
        public const string Default = "LocalLife.Stores";
        public const string Manage = "LocalLife.Stores.Manage";
    }
}
