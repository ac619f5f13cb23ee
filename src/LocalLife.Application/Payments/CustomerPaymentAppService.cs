using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Security;

namespace LocalLife.Payments;

/// <summary>
/// A customer is a platform user with no tenant, so their payment is found across tenants — and only if it is
/// theirs (anyone else's id answers 404) — then handled in the payment's own tenant.
/// </summary>
public sealed class CustomerPaymentAppService(
    IPaymentRepository payments,
    PaymentProcessor processor,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant) : ICustomerPaymentAppService
{
    public async Task<PaymentDto> GetAsync(Guid id, CancellationToken ct) => (await FindOwnAsync(id, ct)).ToDto();

    public async Task<PaymentDto> SyncAsync(Guid id, CancellationToken ct)
    {
        var payment = await FindOwnAsync(id, ct);
        using (currentTenant.Change(payment.TenantId))
            return (await processor.SyncAsync(id, ct)).ToDto();
    }

    private async Task<Payment> FindOwnAsync(Guid id, CancellationToken ct) =>
        await payments.FindOfCustomerAsync(id, currentUser.GetId(), ct) ?? throw new EntityNotFoundException(nameof(Payment), id);
}
