namespace LocalLife.Permissions;

/// <summary>
/// Permission names. Every endpoint names one; roles are granted them. Each feature declares its own names in its
/// folder (e.g. <c>Bookings/BookingPermissions.cs</c>) as a part of this class; <see cref="PermissionDefinitions"/>
/// says which side holds each.
/// </summary>
public static partial class LocalLifePermissions
{
    public const string Prefix = "LocalLife.";
}
