namespace LocalLife.Permissions;

/// <summary>The permission names of background jobs; <see cref="LocalLife.BackgroundJobs.BackgroundJobPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class BackgroundJobs
    {
        /// <summary>The Hangfire dashboard at <c>/hangfire</c>.</summary>
        public const string Dashboard = "LocalLife.BackgroundJobs.Dashboard";
    }
}
