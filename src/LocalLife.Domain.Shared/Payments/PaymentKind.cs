namespace LocalLife.Payments;

/// <summary>What a payment pays for; with the business order id it names the order of the feature that asked for it.</summary>
public enum PaymentKind
{
    /// <summary>The deposit of a room or booth booking.</summary>
    BookingDeposit = 1,
    /// <summary>An order from the menu (scan-to-order).</summary>
    MenuOrder = 2,
}
