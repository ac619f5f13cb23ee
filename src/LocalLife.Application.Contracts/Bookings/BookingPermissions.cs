namespace LocalLife.Permissions;

/// <summary>The permission names of bookings; <see cref="LocalLife.Bookings.BookingPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class Bookings
    {
        public const string Default = "LocalLife.Bookings";
        public const string CheckIn = "LocalLife.Bookings.CheckIn";
        public const string Release = "LocalLife.Bookings.Release";
        public const string Cancel = "LocalLife.Bookings.Cancel";
    }
}
