namespace LocalLife.Ordering;

public static class OrderingErrorCodes
{
    public const string DuplicateCategoryCode = "LocalLife:Ordering:DuplicateCategoryCode";
    public const string CategoryInUse = "LocalLife:Ordering:CategoryInUse";
    public const string InvalidPrice = "LocalLife:Ordering:InvalidPrice";
    public const string InvalidSpecs = "LocalLife:Ordering:InvalidSpecs";
    public const string ProductUnavailable = "LocalLife:Ordering:ProductUnavailable";
    public const string OutOfStock = "LocalLife:Ordering:OutOfStock";
    public const string InvalidOptions = "LocalLife:Ordering:InvalidOptions";
    public const string CartEmpty = "LocalLife:Ordering:CartEmpty";
    public const string CartChanged = "LocalLife:Ordering:CartChanged";
    public const string CartLineNotFound = "LocalLife:Ordering:CartLineNotFound";
    public const string SpaceNotOrderable = "LocalLife:Ordering:SpaceNotOrderable";
    public const string StoreNotTakingOrders = "LocalLife:Ordering:StoreNotTakingOrders";
    public const string IllegalTransition = "LocalLife:Ordering:IllegalTransition";
    public const string PriorityNotChangeable = "LocalLife:Ordering:PriorityNotChangeable";
    public const string RefundCoveredByCoupon = "LocalLife:Ordering:RefundCoveredByCoupon";
    public const string InvalidRefund = "LocalLife:Ordering:InvalidRefund";
    public const string InvalidStockChange = "LocalLife:Ordering:InvalidStockChange";
    public const string NotYourOrder = "LocalLife:Ordering:NotYourOrder";
    public const string PromotionAlreadyEnded = "LocalLife:Ordering:PromotionAlreadyEnded";
}
