namespace LocalLife.Permissions;

/// <summary>The permission names of reviews and their moderation; <see cref="LocalLife.Reviews.ReviewPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class ReviewModeration
    {
        public const string Default = "LocalLife.ReviewModeration";
        public const string Settings = "LocalLife.ReviewModeration.Settings";
    }

    public static class Reviews
    {
        public const string Default = "LocalLife.Reviews";
        public const string Reply = "LocalLife.Reviews.Reply";
    }
}
