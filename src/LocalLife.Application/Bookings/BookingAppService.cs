using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Spaces;
using LocalLife.Validation;

namespace LocalLife.Bookings;

/// <summary>Merchant staff's bookings, in their own tenant: lists, check-in by code, release with the final spend, cancel.</summary>
public sealed class BookingAppService(
    IBookingRepository bookings,
    IStoreRepository stores,
    ISpaceRepository spaces,
    BookingManager manager,
    BookingCloser closer,
    PointsManager points,
    Ordering.IOrderRepository orders,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IBookingAppService
{
    public async Task<PagedResultDto<BookingDto>> GetListAsync(GetBookingsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        DateTimeOffset? from = null, to = null;
        if (input is { Date: { } date, StoreId: { } storeId }) (from, to) = Day(await stores.GetAsync(storeId, ct), date);
        var query = new BookingQuery(StoreId: input.StoreId, SpaceId: input.SpaceId, Statuses: input.Status is { } s ? [s] : null, ArriveFrom: from, ArriveTo: to);
        var (items, total) = await bookings.GetPageAsync(query, input.Skip, input.Take, ct);
        return new PagedResultDto<BookingDto>(items.Select(b => b.ToDto(withCode: false)).ToList(), total);
    }

    public async Task<IReadOnlyList<BookingDto>> GetTodayArrivalsAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.Default, ct);
        var store = await stores.GetAsync(storeId, ct);
        var (from, to) = Day(store, DateOnly.FromDateTime(store.LocalTime(clock.GetUtcNow())));
        var items = await bookings.GetArrivalsAsync(storeId, from, to, [BookingStatus.PendingPayment, BookingStatus.Confirmed, BookingStatus.CheckedIn], ct);
        return items.Select(b => b.ToDto(withCode: false)).ToList();
    }

    public async Task<BookingDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.Default, ct);
        return (await bookings.GetAsync(id, ct)).ToDto(withCode: false);
    }

    public async Task<BookingDto> CheckInAsync(CheckInBookingDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.CheckIn, ct);
        await inputValidation.ValidateAsync(input, ct);
        var code = input.Code.Trim();
        var found = await bookings.GetByCodeAsync(code, ct);
        if (found.Count == 0) throw await UnknownCodeAsync(code, ct);
        var booking = found.FirstOrDefault(b => b.IsActive) ?? found[0];
        var space = await spaces.GetAsync(booking.SpaceId, ct);
        manager.CheckIn(booking, input.StoreId, space, currentUser.GetId(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return booking.ToDto(withCode: false);
    }

    public async Task<BookingDto> ReleaseAsync(Guid id, ReleaseBookingDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.Release, ct);
        await inputValidation.ValidateAsync(input, ct);
        var booking = await bookings.GetAsync(id, ct);
        booking.CheckReleasable();
        var lines = input.Lines.Where(l => l.AmountFen > 0).Select(l => new SpendLine(l.Category, l.AmountFen)).ToList();
        // Orders placed from the room's QR code during the stay are part of its bill (the staff's lines are for the rest).
        var ordered = await orders.GetSpendOfBookingAsync(booking.Id, ct);
        if (ordered > 0) lines.Add(new SpendLine(BookingSpendCategories.Orders, ordered));
        await using var tx = await unitOfWork.BeginTransactionAsync(ct);
        var space = await spaces.GetAsync(booking.SpaceId, ct);
        var earned = await points.EarnForSpendAsync(booking.CustomerId, booking.TenantId!.Value, booking.StoreId, lines,
            PointsDocumentType.BookingSettlement, booking.Id.ToString(), PayableKeys.Earn(booking), ct);
        manager.Release(booking, space, lines.Sum(l => l.AmountFen), earned.Amount, input.ToCleaning, currentUser.GetId(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return booking.ToDto(withCode: false);
    }

    public async Task<BookingDto> CancelAsync(Guid id, CancelBookingDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Bookings.Cancel, ct);
        await inputValidation.ValidateAsync(input, ct);
        var booking = await bookings.GetAsync(id, ct);
        booking.CheckCancellable(byCustomer: false, clock.GetUtcNow());
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? "cancelled by the merchant" : input.Reason.Trim();
        var closed = await closer.CloseAsync(id, BookingStatus.Cancelled, reason, currentUser.GetId(), giveBack: true,
            b => b.Status is BookingStatus.PendingPayment or BookingStatus.Confirmed, ct);
        return closed.ToDto(withCode: false);
    }

    /// <summary>Not this merchant's code: say so if another merchant has it (the desk scanned the wrong app), else not found.</summary>
    private async Task<BusinessException> UnknownCodeAsync(string code, CancellationToken ct) =>
        await bookings.IsCodeOfAnotherTenantAsync(code, currentTenant.Id, ct)
            ? new BusinessException(BookingErrorCodes.CodeOfAnotherMerchant)
            : new BusinessException(BookingErrorCodes.CodeNotFound);

    /// <summary>A calendar day of the store as a half-open UTC range.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Day(Store store, DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(store.TimeZone);
        DateTimeOffset Start(DateOnly d)
        {
            var local = d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
        return (Start(date), Start(date.AddDays(1)));
    }
}
