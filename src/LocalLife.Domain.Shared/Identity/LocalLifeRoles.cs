namespace LocalLife.Identity;

/// <summary>The static roles. Host roles have no tenant; tenant roles are created in every tenant.</summary>
public static class LocalLifeRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string Operator = "operator";

    public const string Owner = "owner";
    public const string Manager = "manager";
    public const string FrontDesk = "front-desk";
    public const string Kitchen = "kitchen";
    public const string Waiter = "waiter";

    public static readonly IReadOnlyList<string> Host = [PlatformAdmin, Operator];

    /// <summary>The owner of a side holds every permission of that side, always, so nobody can lock a tenant out.</summary>
    public static bool IsSuper(string role) => role is Owner or PlatformAdmin;
    public static readonly IReadOnlyList<string> Tenant = [Owner, Manager, FrontDesk, Kitchen, Waiter];
}
