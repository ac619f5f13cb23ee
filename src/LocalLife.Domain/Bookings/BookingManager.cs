using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// The only way a booking is made or moves on together with its space: the arrival must be in the store's hours and
/// the party must fit; the space goes Free → Booked on creation, Booked → InUse at check-in, and back when released.
/// </summary>
public class BookingManager
{
    /// <summary>The deposit for the space at the arrival time (price rule of that local time, the effective ratio).</summary>
    public static BookingDeposit Quote(Store store, Space space, DateTimeOffset arriveAt)
    {
        var local = store.LocalTime(arriveAt);
        var price = space.Pricing.PriceAt(local, store.Hours.IsHoliday(DateOnly.FromDateTime(local)));
        return BookingDeposit.Of(price, space.EffectiveDepositPercent(store));
    }

    /// <param name="priority">The customer's member level has the priority-booking perk: they may book further ahead.</param>
    public static void CheckRequest(Store store, Space space, DateTimeOffset arriveAt, int partySize, DateTimeOffset now, bool priority = false)
    {
        if (space.StoreId != store.Id) throw new EntityNotFoundException(nameof(Space), space.Id);
        if (arriveAt <= now) throw new BusinessException(BookingErrorCodes.ArrivalInPast);
        var maxAdvance = priority ? BookingConsts.PriorityMaxAdvance : BookingConsts.MaxAdvance;
        if (arriveAt > now + maxAdvance)
            throw new BusinessException(BookingErrorCodes.ArrivalTooFar).With("Days", (int)maxAdvance.TotalDays);
        if (!store.IsOpenAt(arriveAt)) throw new BusinessException(BookingErrorCodes.StoreClosedAtArrival);
        if (!space.Details.Fits(partySize))
            throw new BusinessException(BookingErrorCodes.PartySizeDoesNotFit)
                .With("Min", space.Details.MinCapacity).With("Max", space.Details.MaxCapacity).With("PartySize", partySize);
    }

    /// <summary>A new booking; the space moves to Booked in the same change (the database refuses a second active booking).</summary>
    public Booking Create(Store store, Space space, Guid customerId, DateTimeOffset arriveAt, int partySize, BookingDeposit deposit, DateTimeOffset now,
        bool priority = false)
    {
        CheckRequest(store, space, arriveAt, partySize, now, priority);
        if (space.Status != SpaceStatus.Free) throw new BusinessException(BookingErrorCodes.SpaceNotFree);
        var booking = new Booking(Guid.CreateVersion7(), store, space, customerId, arriveAt, partySize, deposit, now);
        space.ChangeStatus(SpaceStatus.Booked, now, customerId, $"booking {booking.Number}");
        return booking;
    }

    /// <summary>Refuses a code scanned at the wrong store or one that cannot be used (any more), each with its own reason.</summary>
    public void CheckIn(Booking booking, Guid scanningStoreId, Space space, Guid staffId, DateTimeOffset now)
    {
        if (booking.StoreId != scanningStoreId) throw new BusinessException(BookingErrorCodes.CodeOfAnotherStore);
        switch (booking.Status)
        {
            case BookingStatus.CheckedIn or BookingStatus.Completed:
                throw new BusinessException(BookingErrorCodes.CodeAlreadyUsed);
            case BookingStatus.PendingPayment:
                throw new BusinessException(BookingErrorCodes.NotPaid);
            case BookingStatus.Cancelled or BookingStatus.Expired or BookingStatus.NoShow:
                throw new BusinessException(BookingErrorCodes.CodeNoLongerValid).With("Status", booking.Status);
        }
        booking.CheckIn(now);
        space.ChangeStatus(SpaceStatus.InUse, now, staffId, $"check-in {booking.Number}");
    }

    /// <summary>Staff confirm the final spend; the space goes to cleaning (or straight to free).</summary>
    public void Release(Booking booking, Space space, long spendFen, long pointsEarned, bool toCleaning, Guid staffId, DateTimeOffset now)
    {
        booking.CheckReleasable();
        if (spendFen < 0) throw new BusinessException(BookingErrorCodes.InvalidSpend).With("Reason", "negative amount");
        booking.Complete(spendFen, pointsEarned, now);
        if (space.Status == SpaceStatus.InUse)
            space.ChangeStatus(toCleaning ? SpaceStatus.Cleaning : SpaceStatus.Free, now, staffId, $"release {booking.Number}");
    }

    /// <summary>Cancelled, expired or no-show: the booking ends and the space it held is free again.</summary>
    public void Close(Booking booking, Space space, BookingStatus status, string reason, Guid? byUserId, DateTimeOffset now)
    {
        booking.Close(status, reason, now);
        if (space.Status == SpaceStatus.Booked) space.ChangeStatus(SpaceStatus.Free, now, byUserId, $"{status} {booking.Number}");
    }
}
