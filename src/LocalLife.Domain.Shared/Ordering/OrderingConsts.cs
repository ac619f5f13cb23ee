namespace LocalLife.Ordering;

public static class OrderingConsts
{
    /// <summary>An order not paid within this is cancelled and its stock put back.</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(15);

    /// <summary>A paid order the merchant has not accepted within this is escalated (alert to the store's managers).</summary>
    public static readonly TimeSpan AcceptWindow = TimeSpan.FromMinutes(3);

    /// <summary>Default: a paid order still not accepted this long after payment is cancelled and refunded (configurable per store).</summary>
    public const int DefaultAutoCancelMinutes = 10;

    /// <summary>Default: a delivered order the customer did not confirm completes on its own after this.</summary>
    public const int DefaultAutoCompleteMinutes = 30;

    public const int MaxLinesPerOrder = 50;
    public const int MaxQuantityPerLine = 99;
    public const int MaxNoteLength = 200;
    public const int MaxNameLength = 64;
}

/// <summary>Product tags a merchant chooses from (free tags are allowed too); the customer menu filters and badges by these.</summary>
public static class ProductTags
{
    public const string Hot = "hot";
    public const string New = "new";
    public const string Special = "special";
    public const string Recommended = "recommended";
    public const string LimitedTime = "limited-time";

    // Occasions (适用场景): recommendations match them to the space type.
    public const string Party = "party";
    public const string Business = "business";
    public const string Couple = "couple";
    public const string Family = "family";
}
