namespace LocalLife.Payments;

/// <summary>
/// Anything a customer pays for through the checkout: a booking's deposit, an order, and next a bill or a points-mall
/// redemption. Its <see cref="PaymentKind"/> routes payment events back to the feature it belongs to.
/// </summary>
public interface IPayable
{
    PaymentKind PaymentKind { get; }
    Guid Id { get; }
    Guid? TenantId { get; }
    Guid CustomerId { get; }
    PayableAmount Amount { get; }

    /// <summary>The payment of its cash, once one was started.</summary>
    Guid? PaymentId { get; }

    /// <summary>Records the payment started for its cash; refused once it no longer waits for one, or when it has another.</summary>
    void AttachPayment(Guid paymentId);
}
