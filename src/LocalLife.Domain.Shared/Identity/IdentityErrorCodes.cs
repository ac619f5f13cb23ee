namespace LocalLife.Identity;

public static class IdentityErrorCodes
{
    public const string DuplicateUserName = "LocalLife:Identity:DuplicateUserName";
    public const string DuplicateRoleName = "LocalLife:Identity:DuplicateRoleName";
    public const string WeakPassword = "LocalLife:Identity:WeakPassword";
    public const string InvalidUserName = "LocalLife:Identity:InvalidUserName";
    public const string UnknownRole = "LocalLife:Identity:UnknownRole";
    public const string UnknownPermission = "LocalLife:Identity:UnknownPermission";
    public const string StaticRoleCannotBeDeleted = "LocalLife:Identity:StaticRoleCannotBeDeleted";
    public const string CannotDeactivateSelf = "LocalLife:Identity:CannotDeactivateSelf";
    public const string LastOwner = "LocalLife:Identity:LastOwner";
    public const string SuperRoleIsFixed = "LocalLife:Identity:SuperRoleIsFixed";
    public const string BirthdayAlreadySet = "LocalLife:Identity:BirthdayAlreadySet";
    public const string IdentityFailure = "LocalLife:Identity:Failure";
    public const string WeChatCodeInvalid = "LocalLife:Identity:WeChatCodeInvalid";
    public const string WeChatUnavailable = "LocalLife:Identity:WeChatUnavailable";
}
