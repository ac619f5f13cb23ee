namespace LocalLife.Payments;

/// <summary>The life of a payment; the allowed moves are the table in <c>PaymentTransitions</c>.</summary>
public enum PaymentStatus
{
    /// <summary>Recorded, prepay not yet answered by WeChat Pay.</summary>
    Created = 1,
    /// <summary>Prepaid: the customer can pay until it expires.</summary>
    Pending = 2,
    Paid = 3,
    /// <summary>Closed unpaid (expired or cancelled); can no longer be paid.</summary>
    Closed = 4,
    /// <summary>WeChat Pay refused the prepay.</summary>
    Failed = 5,
    /// <summary>At least one refund is being processed.</summary>
    Refunding = 6,
    PartiallyRefunded = 7,
    Refunded = 8,
}
