namespace LocalLife.Ordering;

/// <summary>Ordering time limits (configuration section "Ordering").</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>A paid order still not accepted this many minutes after payment is cancelled and refunded.</summary>
    public int AutoCancelUnacceptedMinutes { get; set; } = OrderingConsts.DefaultAutoCancelMinutes;

    /// <summary>A delivered order the customer did not confirm completes this many minutes after delivery.</summary>
    public int AutoCompleteMinutes { get; set; } = OrderingConsts.DefaultAutoCompleteMinutes;
}
