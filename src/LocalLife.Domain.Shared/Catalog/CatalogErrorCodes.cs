namespace LocalLife.Catalog;

public static class CatalogErrorCodes
{
    public const string DuplicateCategoryCode = "LocalLife:Catalog:DuplicateCategoryCode";
    public const string CategoryNotEnabledForTenant = "LocalLife:Catalog:CategoryNotEnabledForTenant";
    public const string InvalidOpeningHours = "LocalLife:Catalog:InvalidOpeningHours";
    public const string InvalidTimeZone = "LocalLife:Catalog:InvalidTimeZone";
    public const string UnknownSpaceType = "LocalLife:Catalog:UnknownSpaceType";
    public const string StoreAlreadyInStatus = "LocalLife:Catalog:StoreAlreadyInStatus";
    public const string PositionRequired = "LocalLife:Catalog:PositionRequired";
    public const string InvalidWeights = "LocalLife:Catalog:InvalidWeights";
    public const string InvalidBookingPolicy = "LocalLife:Catalog:InvalidBookingPolicy";
}
