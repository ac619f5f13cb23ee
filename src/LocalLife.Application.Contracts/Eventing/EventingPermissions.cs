namespace LocalLife.Permissions;

/// <summary>The permission names of integration events; <see cref="LocalLife.Eventing.EventingPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Events
    {
        public const string Default = "LocalLife.Events";
        public const string Retry = "LocalLife.Events.Retry";
    }
}
