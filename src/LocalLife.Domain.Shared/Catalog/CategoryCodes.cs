namespace LocalLife.Catalog;

/// <summary>The platform's seeded categories. New categories are data; these constants name only the seeded ones.</summary>
public static class CategoryCodes
{
    public const string Ktv = "ktv";
    public const string TeaHouse = "teahouse";
    public const string Cafe = "cafe";
    public const string Beauty = "beauty";
    public const string Nails = "nails";
    public const string Dining = "dining";
}
