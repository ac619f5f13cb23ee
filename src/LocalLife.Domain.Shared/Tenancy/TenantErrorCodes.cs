namespace LocalLife.Tenancy;

public static class TenantErrorCodes
{
    public const string DuplicateName = "LocalLife:Tenant:DuplicateName";
    public const string UnknownCategory = "LocalLife:Tenant:UnknownCategory";
    public const string CategoryNotAvailable = "LocalLife:Tenant:CategoryNotAvailable";
    public const string AlreadyActive = "LocalLife:Tenant:AlreadyActive";
    public const string AlreadyInactive = "LocalLife:Tenant:AlreadyInactive";
    public const string Inactive = "LocalLife:Tenant:Inactive";
    public const string NotFoundByName = "LocalLife:Tenant:NotFoundByName";
}
