using LocalLife.BackgroundJobs;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Security;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// The customer's bookings across every merchant. Making one works as the store's tenant: the booking, its space and
/// the points it uses commit together; the deposit payment is placed afterwards (the gateway is never called inside
/// the transaction), and the expiry and no-show timers are scheduled.
/// </summary>
public sealed class CustomerBookingAppService(
    IBookingRepository bookings,
    CustomerVisibility visibility,
    BookingManager manager,
    BookingCloser closer,
    IPointsRepository pointsRepository,
    PointsManager points,
    IPaymentAppService payments,
    IBackgroundJobScheduler jobs,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICustomerBookingAppService
{
    public async Task<BookingPreviewDto> PreviewAsync(CreateBookingDto input, CancellationToken ct)
    {
        var (store, space) = await visibility.GetSpaceAsync(input.SpaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            BookingManager.CheckRequest(store, space, input.ArriveAt, input.PartySize, clock.GetUtcNow(), await HasPriorityAsync(currentUser.GetId(), ct));
            if (space.Status != SpaceStatus.Free) throw new BusinessException(BookingErrorCodes.SpaceNotFree, 409);
            var (deposit, preview) = await QuoteAsync(store, space, input, ct);
            return new BookingPreviewDto(space.Id, input.ArriveAt, deposit.PriceFen, deposit.DepositPercent, deposit.DepositFen, preview.Balance,
                preview.MaxPoints, deposit.PointsUsed, deposit.PointsFen, deposit.CashFen, preview.Allowed);
        }
    }

    /// <summary>The member level's priority-booking perk (platform loyalty settings, by cumulative spend).</summary>
    private async Task<bool> HasPriorityAsync(Guid customerId, CancellationToken ct)
    {
        var settings = await pointsRepository.GetSettingsAsync(ct);
        var spend = (await pointsRepository.FindAccountAsync(customerId, ct))?.CumulativeSpendFen ?? 0;
        return settings.LevelFor(spend).PriorityBooking;
    }

    public async Task<BookingCreatedDto> CreateAsync(CreateBookingDto input, CancellationToken ct)
    {
        var customerId = currentUser.GetId();
        var (store, space) = await visibility.GetSpaceAsync(input.SpaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            Booking booking;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                var (deposit, _) = await QuoteAsync(store, space, input, ct);
                booking = manager.Create(store, space, customerId, input.ArriveAt, input.PartySize, deposit, clock.GetUtcNow(),
                    await HasPriorityAsync(customerId, ct));
                if (deposit.PointsUsed > 0)
                    await points.RedeemAsync(customerId, deposit.PointsUsed, deposit.DepositFen, store.TenantId!.Value, PointsDocumentType.BookingDeposit,
                        booking.Id.ToString(), booking.RedeemKey, ct);
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
            PaymentCreatedDto payment;
            try
            {
                payment = await payments.CreateAsync(new CreatePaymentDto
                {
                    Kind = PaymentKind.BookingDeposit, BusinessOrderId = booking.Id, CustomerId = customerId, AmountFen = booking.CashFen,
                    Description = $"{store.Profile.Name} {space.Details.Name} 定金".Truncate(120),
                }, ct);
            }
            catch (BusinessException)
            {
                // No payment could be placed: give the space and the points back at once instead of holding them 15 minutes.
                await closer.CloseAsync(booking.Id, BookingStatus.Cancelled, "payment could not be started", customerId, giveBack: true,
                    b => b.Status == BookingStatus.PendingPayment, CancellationToken.None);
                throw;
            }
            booking.AttachPayment(payment.Payment.Id);
            await unitOfWork.SaveChangesAsync(ct);
            jobs.Schedule<MarkNoShowJob, BookingJobArgs>(new(booking.Id), booking.NoShowAt);
            return new BookingCreatedDto(booking.ToDto(withCode: true), payment.RequestPayment);
        }
    }

    public async Task<PagedResultDto<BookingDto>> GetListAsync(GetMyBookingsInput input, CancellationToken ct)
    {
        var (items, total) = await bookings.GetPageOfCustomerAsync(currentUser.GetId(), input.Status is { } s ? [s] : null, input.Skip, input.Take, ct);
        return new PagedResultDto<BookingDto>(items.Select(b => b.ToDto(withCode: true)).ToList(), total);
    }

    public async Task<BookingDto> GetAsync(Guid id, CancellationToken ct) => (await GetOwnAsync(id, ct)).ToDto(withCode: true);

    public async Task<byte[]> GetCheckInQrAsync(Guid id, CancellationToken ct)
    {
        var booking = await GetOwnAsync(id, ct);
        if (!BookingConsts.ActiveStatuses.Contains(booking.Status))
            throw new BusinessException(BookingErrorCodes.CodeNoLongerValid, 409).With("Status", booking.Status);
        return QrPng.Render(booking.CheckInCode);
    }

    public async Task<BookingDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var booking = await GetOwnAsync(id, ct);
        using (currentTenant.Change(booking.TenantId))
        {
            var now = clock.GetUtcNow();
            if (booking.Status == BookingStatus.Confirmed && now > BookingManager.CustomerCancelDeadline(booking))
                throw new BusinessException(BookingErrorCodes.CancelDeadlinePassed).With("Hours", Math.Round((booking.ArriveAt - booking.CancelBy).TotalHours, 1));
            if (booking.Status != BookingStatus.Cancelled && !BookingTransitions.Allows(booking.Status, BookingStatus.Cancelled))
                throw new BusinessException(BookingErrorCodes.IllegalTransition, 409).With("From", booking.Status).With("To", BookingStatus.Cancelled);
            var closed = await closer.CloseAsync(id, BookingStatus.Cancelled, "cancelled by the customer", booking.CustomerId, giveBack: true,
                b => b.Status is BookingStatus.PendingPayment or BookingStatus.Confirmed, ct);
            return closed.ToDto(withCode: true);
        }
    }

    private async Task<Booking> GetOwnAsync(Guid id, CancellationToken ct) =>
        await bookings.FindOfCustomerAsync(id, currentUser.GetId(), ct) ?? throw new EntityNotFoundException(nameof(Booking), id);

    private async Task<(BookingDeposit Deposit, RedemptionPreview Preview)> QuoteAsync(Store store, Space space, CreateBookingDto input, CancellationToken ct)
    {
        var deposit = BookingManager.Quote(store, space, input.ArriveAt);
        var settings = await pointsRepository.GetSettingsAsync(ct);
        var balance = (await pointsRepository.FindAccountAsync(currentUser.GetId(), ct))?.Balance ?? 0;
        var preview = PointsManager.Preview(settings, balance, PointsDocumentType.BookingDeposit, deposit.DepositFen);
        if (input.UsePoints && preview is { Allowed: true, MaxPoints: > 0 }) deposit = deposit.WithPoints(preview.MaxPoints, preview.MaxOffsetFen);
        return (deposit, preview);
    }
}
