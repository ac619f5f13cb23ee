namespace LocalLife.BlobStoring;

public static class BlobErrorCodes
{
    public const string UnknownContainer = "LocalLife:Blob:UnknownContainer";
    public const string InvalidName = "LocalLife:Blob:InvalidName";
    public const string ContentTypeNotAllowed = "LocalLife:Blob:ContentTypeNotAllowed";
    public const string TooLarge = "LocalLife:Blob:TooLarge";
    public const string InvalidLink = "LocalLife:Blob:InvalidLink";
}
