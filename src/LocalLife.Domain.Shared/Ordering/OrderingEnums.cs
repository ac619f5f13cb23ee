namespace LocalLife.Ordering;

/// <summary>What the merchant set for a product; a tracked stock of zero shows it as sold out whatever this says.</summary>
public enum ProductStatus
{
    OnSale = 1,
    SoldOut = 2,
    Paused = 3,
}

/// <summary>Where an order's item is prepared: the bar (drinks), the kitchen (food) or service staff (cleaning, equipment).</summary>
public enum Station
{
    Bar = 1,
    Kitchen = 2,
    Service = 3,
}

/// <summary>The nine states of an order (requirements §5.9.5); moves only through OrderTransitions.</summary>
public enum OrderStatus
{
    Placed = 1,
    Paid = 2,
    Accepted = 3,
    Preparing = 4,
    Delivering = 5,
    Delivered = 6,
    Completed = 7,
    Cancelled = 8,
    Exception = 9,
}

/// <summary>Why an order became an exception.</summary>
public enum OrderExceptionKind
{
    OutOfStock = 1,
    DeliveryFailed = 2,
    Other = 3,
}

/// <summary>How an exception was resolved: a substitute was served (the order goes on), part refunded (goes on), or all refunded (cancelled).</summary>
public enum OrderResolutionKind
{
    Substitute = 1,
    PartialRefund = 2,
    FullRefund = 3,
}

/// <summary>Why a product's stock moved.</summary>
public enum StockMovementKind
{
    Sale = 1,
    Restock = 2,
    Adjust = 3,
    Replenish = 4,
}

/// <summary>
/// How soon an order is made (§5.9.6 优先级管理), set by the front desk: its station tickets carry it, higher first on each
/// station's feed.
/// </summary>
public enum OrderPriority
{
    Normal = 0,
    Vip = 1,
    Urgent = 2,
}
