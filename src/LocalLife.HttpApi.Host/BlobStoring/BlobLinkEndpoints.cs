using LocalLife.Errors;

namespace LocalLife.BlobStoring;

/// <summary>
/// Serves the file-system provider's presigned links. The ticket is the authorization (like an S3 signature), so
/// these endpoints take no token; the type and length the ticket names are enforced on upload.
/// </summary>
internal static class BlobLinkEndpoints
{
    public static void MapLocalLifeBlobLinks(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IBlobProvider>() is not FileSystemBlobProvider) return;
        var group = app.MapGroup(BlobLinkBuilder.Prefix).AllowAnonymous().ExcludeFromDescription();

        group.MapGet("/d/{token}", async (string token, IBlobProvider provider, CancellationToken ct) =>
        {
            var ticket = ((FileSystemBlobProvider)provider).Unprotect("d", token);
            var blob = await provider.GetAsync(ticket.Key, ct) ?? throw new EntityNotFoundException("Blob", null);
            return Results.Stream(blob.Content, blob.ContentType);
        });

        group.MapPut("/u/{token}", async (string token, HttpRequest request, IBlobProvider provider, CancellationToken ct) =>
        {
            var ticket = ((FileSystemBlobProvider)provider).Unprotect("u", token);
            if (!string.Equals(request.ContentType, ticket.ContentType, StringComparison.OrdinalIgnoreCase))
                throw new BusinessException(BlobErrorCodes.ContentTypeNotAllowed).With("ContentType", request.ContentType);
            if (request.ContentLength is not { } length || length > ticket.Length)
                throw new BusinessException(BlobErrorCodes.TooLarge).With("MaxBytes", ticket.Length);
            await provider.PutAsync(ticket.Key, request.Body, ticket.ContentType!, ct);
            return Results.Ok();
        });
    }
}
