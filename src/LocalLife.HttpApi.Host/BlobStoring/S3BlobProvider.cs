using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace LocalLife.BlobStoring;

/// <summary>Configuration section <c>Blob:S3</c>. Path-style addressing: MinIO and s3rver expect it.</summary>
public sealed class S3BlobOptions
{
    public string Endpoint { get; set; } = "";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public string Bucket { get; set; } = "locallife";
    public string Region { get; set; } = "us-east-1";
}

/// <summary>MinIO / S3 through AWSSDK.S3. The bucket is created on first use; presigned URLs are SigV4 query-signed.</summary>
internal sealed class S3BlobProvider : IBlobProvider, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly S3BlobOptions _options;
    private readonly Lazy<Task> _bucket;

    public S3BlobProvider(S3BlobOptions options)
    {
        _options = options;
        _client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), new AmazonS3Config
        {
            ServiceURL = options.Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            // MinIO-compatible servers may not know the SDK's newer default checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
        _bucket = new Lazy<Task>(EnsureBucketAsync);
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct)
    {
        await _bucket.Value;
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _options.Bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false, UseChunkEncoding = false,
        }, ct);
    }

    public async Task<BlobObject?> GetAsync(string key, CancellationToken ct)
    {
        await _bucket.Value;
        try
        {
            var response = await _client.GetObjectAsync(_options.Bucket, key, ct);
            return new BlobObject(response.ResponseStream, response.Headers.ContentType ?? "application/octet-stream", response.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        await _bucket.Value;
        try
        {
            await _client.GetObjectMetadataAsync(_options.Bucket, key, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken ct)
    {
        if (!await ExistsAsync(key, ct)) return false; // S3 answers a delete of nothing with success too
        await _client.DeleteObjectAsync(_options.Bucket, key, ct);
        return true;
    }

    public Task<Uri> PresignUploadAsync(string key, string contentType, long length, DateTimeOffset expiresAt, CancellationToken ct) =>
        PresignAsync(new GetPreSignedUrlRequest { Verb = HttpVerb.PUT, ContentType = contentType }, key, expiresAt);

    public Task<Uri> PresignDownloadAsync(string key, DateTimeOffset expiresAt, CancellationToken ct) =>
        PresignAsync(new GetPreSignedUrlRequest { Verb = HttpVerb.GET }, key, expiresAt);

    public async Task CheckAsync(CancellationToken ct)
    {
        await _bucket.Value;
        await _client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _options.Bucket, MaxKeys = 1 }, ct);
    }

    private async Task<Uri> PresignAsync(GetPreSignedUrlRequest request, string key, DateTimeOffset expiresAt)
    {
        await _bucket.Value;
        request.BucketName = _options.Bucket;
        request.Key = key;
        request.Expires = expiresAt.UtcDateTime;
        request.Protocol = _options.Endpoint.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? Protocol.HTTPS : Protocol.HTTP;
        return new Uri(await _client.GetPreSignedURLAsync(request));
    }

    private async Task EnsureBucketAsync()
    {
        try
        {
            await _client.PutBucketAsync(new PutBucketRequest { BucketName = _options.Bucket });
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists") { }
    }

    public void Dispose() => _client.Dispose();
}
