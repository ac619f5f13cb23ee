namespace LocalLife.Catalog;

/// <summary>A name shown to people in both of the product's languages.</summary>
public sealed record LocalizedName(string ZhHans, string En)
{
    public string For(string culture) => culture == "en" ? En : ZhHans;
}
