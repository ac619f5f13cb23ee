using LocalLife.Errors;

namespace LocalLife.Catalog;

/// <summary>WGS-84 position (as the WeChat location API gives it). The database keeps a geography column beside it.</summary>
public sealed record GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180 || double.IsNaN(latitude) || double.IsNaN(longitude))
            throw new BusinessException(CatalogErrorCodes.PositionRequired);
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }
}
