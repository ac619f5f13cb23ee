namespace LocalLife.Spaces;

public static class SpaceErrorCodes
{
    public const string IllegalTransition = "LocalLife:Space:IllegalTransition";
    public const string DuplicateNumber = "LocalLife:Space:DuplicateNumber";
    public const string InvalidCapacity = "LocalLife:Space:InvalidCapacity";
    public const string InvalidDepositRatio = "LocalLife:Space:InvalidDepositRatio";
    public const string InvalidPriceRule = "LocalLife:Space:InvalidPriceRule";
    public const string NotFree = "LocalLife:Space:NotFree";
    public const string QrInvalid = "LocalLife:Space:QrInvalid";
    public const string QrRotated = "LocalLife:Space:QrRotated";
    public const string QrDeactivated = "LocalLife:Space:QrDeactivated";
}
