namespace LocalLife.BlobStoring;

/// <summary>Configuration section <c>Blob</c>: the provider and each container's limits.</summary>
public sealed class BlobStoringOptions
{
    public const string Section = "Blob";

    /// <summary><c>FileSystem</c> (embedded default) or <c>S3</c>.</summary>
    public string Provider { get; set; } = "FileSystem";

    public Dictionary<string, BlobContainerLimits> Containers { get; set; } = new(StringComparer.Ordinal);
}

public sealed class BlobContainerLimits
{
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Accepted content types; empty accepts any.</summary>
    public List<string> AllowedContentTypes { get; set; } = [];

    public bool Allows(string contentType) =>
        AllowedContentTypes.Count == 0 || AllowedContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);
}
