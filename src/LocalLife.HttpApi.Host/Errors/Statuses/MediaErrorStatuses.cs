using LocalLife.Media;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the video and image errors.</summary>
internal static class MediaErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { MediaErrorCodes.IllegalTransition, Status409Conflict },
        { MediaErrorCodes.NotUploaded, Status422UnprocessableEntity },
        { MediaErrorCodes.UnsupportedType, Status422UnprocessableEntity },
        { MediaErrorCodes.TooLarge, Status422UnprocessableEntity },
        { MediaErrorCodes.NotAnImage, Status422UnprocessableEntity },
        { MediaErrorCodes.ImageTooLarge, Status422UnprocessableEntity },
    };
}
