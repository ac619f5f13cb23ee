namespace LocalLife.Loyalty;

public static class LoyaltyErrorCodes
{
    public const string InsufficientPoints = "LocalLife:Loyalty:InsufficientPoints";
    public const string OverOffsetCap = "LocalLife:Loyalty:OverOffsetCap";
    public const string DocumentTypeNotAllowed = "LocalLife:Loyalty:DocumentTypeNotAllowed";
    public const string InvalidRule = "LocalLife:Loyalty:InvalidRule";
    public const string InvalidSettings = "LocalLife:Loyalty:InvalidSettings";
    public const string IdempotencyKeyReused = "LocalLife:Loyalty:IdempotencyKeyReused";
    public const string NotACustomer = "LocalLife:Loyalty:NotACustomer";
}
