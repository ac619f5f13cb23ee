namespace LocalLife.Marketing;

public static class MarketingConsts
{
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 256;
    public const int MaxTotalQuantity = 10_000_000;
    public const int MaxPerCustomerLimit = 100;
    public const int MaxValidDays = 3650;
}
