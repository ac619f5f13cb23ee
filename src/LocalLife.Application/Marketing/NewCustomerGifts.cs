using LocalLife.Errors;
using Microsoft.Extensions.Logging;

namespace LocalLife.Marketing;

/// <summary>
/// The platform's new-customer gift: every gift template still claimable gives the new customer one coupon, in the
/// transaction that creates the account. A gift that has run out is skipped: signing in never fails for a coupon.
/// </summary>
public sealed class NewCustomerGifts(ICouponTemplateRepository templates, ICouponRepository coupons, CouponManager manager, TimeProvider clock,
    ILogger<NewCustomerGifts> logger)
{
    /// <summary>Runs as the host (the platform's templates) inside the caller's transaction.</summary>
    public async Task GiveAsync(Guid customerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var template in await templates.GetNewCustomerGiftsAsync(now, ct))
        {
            try
            {
                await manager.ClaimAsync(template, customerId, CouponSource.NewCustomerGift, now, ct);
            }
            catch (BusinessException e)
            {
                logger.LogInformation("New-customer gift {TemplateId} not given to {CustomerId}: {Code}", template.Id, customerId, e.Code);
            }
        }
        await coupons.SaveClaimAsync(ct);
    }
}
