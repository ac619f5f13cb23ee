using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Payments;

/// <summary>
/// The feature handlers of payables, registered keyed by their <see cref="PaymentKind"/>. Resolved when needed, not when
/// built: a handler uses the checkout itself (cancelling an order closes and refunds through it).
/// </summary>
public sealed class PayableHandlers(IServiceProvider services)
{
    public IPayableHandler For(PaymentKind kind) =>
        services.GetKeyedService<IPayableHandler>(kind) ?? throw new InvalidOperationException($"No feature handles payables of kind {kind}.");
}
