namespace LocalLife.Marketing;

/// <summary>
/// That a customer has paid at a merchant, and when first: new-customer coupons are for those with no such row (at the
/// merchant, or at all). Platform-wide like the customer, so any merchant's checkout can ask about the platform.
/// </summary>
public class CustomerPurchase
{
    private CustomerPurchase() { } // EF

    public Guid CustomerId { get; private set; }
    public Guid TenantId { get; private set; }
    public DateTimeOffset FirstAt { get; private set; }
}
