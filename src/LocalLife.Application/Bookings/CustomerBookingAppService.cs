using LocalLife.BackgroundJobs;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Security;
using LocalLife.Spaces;
using LocalLife.Validation;

namespace LocalLife.Bookings;

/// <summary>
/// The customer's bookings across every merchant. Making one works as the store's tenant: the booking, its space and
/// the points it uses commit together; the deposit's payment is started afterwards through the checkout (the gateway
/// is never called inside the transaction), and the expiry and no-show timers are scheduled.
/// </summary>
public sealed class CustomerBookingAppService(
    IBookingRepository bookings,
    CustomerVisibility visibility,
    BookingManager manager,
    BookingCloser closer,
    PointsManager points,
    Checkout checkout,
    CheckoutDiscounts discounts,
    IBackgroundJobScheduler jobs,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IQrPngRenderer qrPng,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerBookingAppService
{
    public async Task<BookingPreviewDto> PreviewAsync(CreateBookingDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (store, space) = await visibility.GetSpaceAsync(input.SpaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var (deposit, quote, coupons, membership) = await QuoteAsync(store, space, input, new CouponChoice(input.CouponId, PickBest: input.NoCoupon != true), ct);
            BookingManager.CheckRequest(store, space, input.ArriveAt, input.PartySize, clock.GetUtcNow(), membership.Priority);
            if (space.Status != SpaceStatus.Free) throw new BusinessException(BookingErrorCodes.SpaceNotFree);
            var amount = deposit.Amount;
            var now = clock.GetUtcNow();
            return new BookingPreviewDto(space.Id, input.ArriveAt, deposit.PriceFen, deposit.DepositPercent, amount.ItemsFen, quote.Points.Balance,
                quote.Points.MaxPoints, amount.PointsUsed, amount.PointsFen, amount.CashFen, quote.Points.Allowed, amount.DiscountFen,
                coupons.Chosen?.Coupon.Id, [.. coupons.Offers.Select(o => o.ToDto(now))]);
        }
    }

    public async Task<BookingCreatedDto> CreateAsync(CreateBookingDto input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var customerId = currentUser.GetId();
        var (store, space) = await visibility.GetSpaceAsync(input.SpaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            Booking booking;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                var (deposit, _, coupons, membership) = await QuoteAsync(store, space, input, new CouponChoice(input.CouponId, PickBest: false), ct);
                booking = manager.Create(store, space, customerId, input.ArriveAt, input.PartySize, deposit, clock.GetUtcNow(), membership.Priority);
                await checkout.BeginAsync(booking, PointsDocumentType.BookingDeposit, coupons, ct);
                await bookings.InsertAsync(booking, ct);
                await bookings.SaveNewAsync(ct);
                await tx.CommitAsync(ct);
            }

            if (booking.Status == BookingStatus.Confirmed)
            {
                jobs.Schedule<MarkNoShowJob, BookingJobArgs>(new(booking.Id), booking.NoShowAt);
                return new BookingCreatedDto(booking.ToDto(withCode: true), null);
            }

            jobs.Schedule<ExpireUnpaidBookingJob, BookingJobArgs>(new(booking.Id), booking.PayBy);
            var payment = await checkout.StartPaymentAsync(booking, $"{store.Profile.Name} {space.Details.Name} 定金", ct);
            jobs.Schedule<MarkNoShowJob, BookingJobArgs>(new(booking.Id), booking.NoShowAt);
            return new BookingCreatedDto(booking.ToDto(withCode: true), payment.RequestPayment);
        }
    }

    public async Task<PagedResultDto<BookingDto>> GetListAsync(GetMyBookingsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await bookings.GetPageOfCustomerAsync(currentUser.GetId(), input.Status is { } s ? [s] : null, input.Skip, input.Take, ct);
        return new PagedResultDto<BookingDto>(items.Select(b => b.ToDto(withCode: true)).ToList(), total);
    }

    public async Task<BookingDto> GetAsync(Guid id, CancellationToken ct) => (await GetOwnAsync(id, ct)).ToDto(withCode: true);

    public async Task<byte[]> GetCheckInQrAsync(Guid id, CancellationToken ct)
    {
        var booking = await GetOwnAsync(id, ct);
        if (!BookingConsts.ActiveStatuses.Contains(booking.Status))
            throw new BusinessException(BookingErrorCodes.CodeNoLongerValid).With("Status", booking.Status);
        return qrPng.Render(booking.CheckInCode);
    }

    public async Task<BookingDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var booking = await GetOwnAsync(id, ct);
        using (currentTenant.Change(booking.TenantId))
        {
            booking.CheckCancellable(byCustomer: true, clock.GetUtcNow());
            var closed = await closer.CloseAsync(id, BookingStatus.Cancelled, "cancelled by the customer", booking.CustomerId, giveBack: true,
                b => b.Status is BookingStatus.PendingPayment or BookingStatus.Confirmed, ct);
            return closed.ToDto(withCode: true);
        }
    }

    private async Task<Booking> GetOwnAsync(Guid id, CancellationToken ct) =>
        await bookings.FindOfCustomerAsync(id, currentUser.GetId(), ct) ?? throw new EntityNotFoundException(nameof(Booking), id);

    /// <summary>
    /// The deposit at the arrival time, paid as the checkout quotes it for this customer (a deposit coupon first, then points if
    /// asked), the coupons judged for it, and the customer's membership.
    /// </summary>
    private async Task<(BookingDeposit Deposit, PayableQuote Quote, JudgedCoupons Coupons, Membership Membership)> QuoteAsync(Store store, Space space,
        CreateBookingDto input, CouponChoice choice, CancellationToken ct)
    {
        var customerId = currentUser.GetId();
        var deposit = BookingManager.Quote(store, space, input.ArriveAt);
        var (settings, membership) = await points.GetMembershipAsync(customerId, ct);
        var coupons = await discounts.JudgeAsync(customerId, CouponUse.Bookings, store.TenantId!.Value, store.Id, store.LocalTime(input.ArriveAt),
            [new CouponLine(Guid.Empty, BookingSpendCategories.RoomFee, deposit.DepositFen)], choice, StoreActivities.None, ct);
        var quote = PayableQuote.For(deposit.DepositFen, coupons.DiscountFen, settings, membership.PointsBalance, PointsDocumentType.BookingDeposit,
            input.UsePoints);
        return (deposit.With(quote.Amount, coupons.Discounts), quote, coupons, membership);
    }
}
