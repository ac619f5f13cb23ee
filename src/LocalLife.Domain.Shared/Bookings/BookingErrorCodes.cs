namespace LocalLife.Bookings;

public static class BookingErrorCodes
{
    public const string IllegalTransition = "LocalLife:Booking:IllegalTransition";
    public const string SpaceNotFree = "LocalLife:Booking:SpaceNotFree";
    public const string ArrivalInPast = "LocalLife:Booking:ArrivalInPast";
    public const string ArrivalTooFar = "LocalLife:Booking:ArrivalTooFar";
    public const string StoreClosedAtArrival = "LocalLife:Booking:StoreClosedAtArrival";
    public const string PartySizeDoesNotFit = "LocalLife:Booking:PartySizeDoesNotFit";
    public const string CodeNotFound = "LocalLife:Booking:CodeNotFound";
    public const string CodeOfAnotherStore = "LocalLife:Booking:CodeOfAnotherStore";
    public const string CodeOfAnotherMerchant = "LocalLife:Booking:CodeOfAnotherMerchant";
    public const string CodeAlreadyUsed = "LocalLife:Booking:CodeAlreadyUsed";
    public const string CodeNoLongerValid = "LocalLife:Booking:CodeNoLongerValid";
    public const string NotPaid = "LocalLife:Booking:NotPaid";
    public const string CancelDeadlinePassed = "LocalLife:Booking:CancelDeadlinePassed";
    public const string InvalidSpend = "LocalLife:Booking:InvalidSpend";
}
