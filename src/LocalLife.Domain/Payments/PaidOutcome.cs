namespace LocalLife.Payments;

/// <summary>What a payable made of a payment that arrived for it.</summary>
public enum PaidOutcome
{
    /// <summary>It was waiting for this money and is paid now.</summary>
    Applied,
    /// <summary>This very payment was applied before (a repeated notification).</summary>
    AlreadyApplied,
    /// <summary>It no longer waits for money (cancelled or expired meanwhile): the payment goes back to the customer.</summary>
    NotAwaited,
}
