using LocalLife.BlobStoring;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the blob storage errors.</summary>
internal static class BlobErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { BlobErrorCodes.UnknownContainer, Status404NotFound },
        { BlobErrorCodes.InvalidName, Status400BadRequest },
        { BlobErrorCodes.ContentTypeNotAllowed, Status422UnprocessableEntity },
        { BlobErrorCodes.TooLarge, Status422UnprocessableEntity },
        { BlobErrorCodes.InvalidLink, Status403Forbidden },
    };
}
