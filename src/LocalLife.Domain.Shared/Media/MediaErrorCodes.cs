namespace LocalLife.Media;

public static class MediaErrorCodes
{
    public const string IllegalTransition = "LocalLife:Media:IllegalTransition";
    public const string NotUploaded = "LocalLife:Media:NotUploaded";
    public const string UnsupportedType = "LocalLife:Media:UnsupportedType";
    public const string TooLarge = "LocalLife:Media:TooLarge";
    public const string NotAnImage = "LocalLife:Media:NotAnImage";
    public const string ImageTooLarge = "LocalLife:Media:ImageTooLarge";
}
