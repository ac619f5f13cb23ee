namespace LocalLife.Permissions;

/// <summary>The permission names of the menu and orders; <see cref="LocalLife.Ordering.OrderingPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Menu
    {
        public const string Default = "LocalLife.Menu";
        public const string Manage = "LocalLife.Menu.Manage";
        public const string Stock = "LocalLife.Menu.Stock";
    }

    public static class Orders
    {
        public const string Default = "LocalLife.Orders";
        public const string Accept = "LocalLife.Orders.Accept";
        public const string Fulfil = "LocalLife.Orders.Fulfil";
        public const string Resolve = "LocalLife.Orders.Resolve";
    }
}
