namespace LocalLife.BlobStoring;

internal static class BlobStoringSetup
{
    /// <summary><c>Blob:Provider</c> = FileSystem (default, under <c>Blob:FileSystem:Path</c>) or S3 (<c>Blob:S3:*</c>).</summary>
    public static IServiceCollection AddLocalLifeBlobStoring(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        var section = configuration.GetSection(BlobStoringOptions.Section);
        services.Configure<BlobStoringOptions>(section);
        services.AddSingleton<BlobLinkBuilder>();
        if (string.Equals(section["Provider"], "S3", StringComparison.OrdinalIgnoreCase))
        {
            var s3 = section.GetSection("S3").Get<S3BlobOptions>() ?? new S3BlobOptions();
            services.AddSingleton<IBlobProvider>(_ => new S3BlobProvider(s3));
        }
        else
        {
            var root = section["FileSystem:Path"] is { Length: > 0 } path ? path : Path.Combine(env.ContentRootPath, "App_Data", "blobs");
            services.AddSingleton<IBlobProvider>(sp => new FileSystemBlobProvider(root,
                sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), sp.GetRequiredService<BlobLinkBuilder>()));
        }
        services.AddScoped<IBlobContainerFactory, BlobContainerFactory>();
        return services;
    }
}
