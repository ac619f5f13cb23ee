namespace LocalLife.Catalog;

public static class CategoryConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxIconLength = 256;
    public const int MaxDescriptionLength = 512;
}
