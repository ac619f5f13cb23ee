using LocalLife.Bookings;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the booking errors.</summary>
internal static class BookingErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { BookingErrorCodes.IllegalTransition, Status409Conflict },
        { BookingErrorCodes.SpaceNotFree, Status409Conflict },
        { BookingErrorCodes.ArrivalInPast, Status422UnprocessableEntity },
        { BookingErrorCodes.ArrivalTooFar, Status422UnprocessableEntity },
        { BookingErrorCodes.StoreClosedAtArrival, Status422UnprocessableEntity },
        { BookingErrorCodes.PartySizeDoesNotFit, Status422UnprocessableEntity },
        { BookingErrorCodes.CodeNotFound, Status404NotFound },
        { BookingErrorCodes.CodeOfAnotherStore, Status422UnprocessableEntity },
        { BookingErrorCodes.CodeOfAnotherMerchant, Status422UnprocessableEntity },
        { BookingErrorCodes.CodeAlreadyUsed, Status409Conflict },
        { BookingErrorCodes.CodeNoLongerValid, Status409Conflict },
        { BookingErrorCodes.NotPaid, Status409Conflict },
        { BookingErrorCodes.CancelDeadlinePassed, Status422UnprocessableEntity },
        { BookingErrorCodes.InvalidSpend, Status422UnprocessableEntity },
    };
}
