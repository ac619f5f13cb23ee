namespace LocalLife.Payments;

/// <summary>Bound from <c>Payments</c>.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>
    /// notify_url of refunds; empty: <c>WeChat:Pay:NotifyUrl</c> (both endpoints accept either kind of notification,
    /// the resource says which it is).
    /// </summary>
    public string RefundNotifyUrl { get; set; } = "";
}
