namespace LocalLife.Tenancy;

public static class TenantConsts
{
    public const int MaxNameLength = 64;
    public const int MaxDisplayNameLength = 128;
    public const int MaxContactLength = 128;
    /// <summary>Tenant names are used at sign-in and in URLs: lower-case letters, digits and dashes.</summary>
    public const string NamePattern = "^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$";
}
