namespace LocalLife.Catalog;

public enum StoreStatus
{
    /// <summary>Open per its hours.</summary>
    Open = 1,
    /// <summary>Paused by the merchant until reopened (renovation, holiday break).</summary>
    Paused = 2,
    /// <summary>Closed for the rest of one local day; open again by itself the next day.</summary>
    ClosedForDay = 3,
}
