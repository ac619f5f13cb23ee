namespace LocalLife.BlobStoring;

/// <summary>
/// Absolute URLs of the file-system provider's link endpoints: on <c>Blob:PublicBaseUrl</c> when set (behind a proxy),
/// else on the host the current request came to.
/// </summary>
internal sealed class BlobLinkBuilder(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Prefix = "/blobs";

    public Uri Build(string operation, string token)
    {
        var path = $"{Prefix}/{operation}/{Uri.EscapeDataString(token)}";
        var configured = configuration["Blob:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return new Uri(new Uri(configured.TrimEnd('/') + "/"), path.TrimStart('/'));
        var request = http.HttpContext?.Request;
        return request is null ? new Uri(path, UriKind.Relative) : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
    }
}
