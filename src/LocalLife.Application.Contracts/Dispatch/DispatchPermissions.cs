namespace LocalLife.Permissions;

/// <summary>The permission names of dispatch to waiters; <see cref="LocalLife.Dispatch.DispatchPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Dispatch
    {
        public const string Default = "LocalLife.Dispatch";
        public const string Deliver = "LocalLife.Dispatch.Deliver";
        public const string Assign = "LocalLife.Dispatch.Assign";
    }
}
