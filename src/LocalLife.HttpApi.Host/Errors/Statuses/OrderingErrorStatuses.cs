using LocalLife.Ordering;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the menu and order errors.</summary>
internal static class OrderingErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { OrderingErrorCodes.DuplicateCategoryCode, Status409Conflict },
        { OrderingErrorCodes.CategoryInUse, Status409Conflict },
        { OrderingErrorCodes.InvalidPrice, Status422UnprocessableEntity },
        { OrderingErrorCodes.InvalidSpecs, Status422UnprocessableEntity },
        { OrderingErrorCodes.ProductUnavailable, Status409Conflict },
        { OrderingErrorCodes.OutOfStock, Status409Conflict },
        { OrderingErrorCodes.InvalidOptions, Status422UnprocessableEntity },
        { OrderingErrorCodes.CartEmpty, Status422UnprocessableEntity },
        { OrderingErrorCodes.CartChanged, Status409Conflict },
        { OrderingErrorCodes.CartLineNotFound, Status404NotFound },
        { OrderingErrorCodes.SpaceNotOrderable, Status422UnprocessableEntity },
        { OrderingErrorCodes.StoreNotTakingOrders, Status422UnprocessableEntity },
        { OrderingErrorCodes.IllegalTransition, Status409Conflict },
        { OrderingErrorCodes.PriorityNotChangeable, Status409Conflict },
        { OrderingErrorCodes.PromotionAlreadyEnded, Status422UnprocessableEntity },
        { OrderingErrorCodes.RefundCoveredByCoupon, Status422UnprocessableEntity },
        { OrderingErrorCodes.InvalidRefund, Status422UnprocessableEntity },
        { OrderingErrorCodes.InvalidStockChange, Status422UnprocessableEntity },
        { OrderingErrorCodes.NotYourOrder, Status403Forbidden },
    };
}
