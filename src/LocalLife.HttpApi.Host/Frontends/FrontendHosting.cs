using Microsoft.Extensions.FileProviders;

namespace LocalLife.Frontends;

/// <summary>
/// Serves the built front ends from the host: the Angular admin under <c>/admin</c> and the mini-program's H5 build
/// under <c>/h5</c>. Each is a folder (configuration <c>Frontends:Admin</c> / <c>Frontends:H5</c>, relative paths from
/// the repository root found above the content root); a client-side route that is not a file gets the app's
/// index.html. A folder that does not exist (front end not built) is skipped with a warning.
/// </summary>
public static class FrontendHosting
{
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["Admin"] = "angular/dist/admin/browser",
        ["H5"] = "miniprogram/dist/h5",
    };

    static readonly Dictionary<string, string> Prefixes = new() { ["Admin"] = "/admin", ["H5"] = "/h5" };

    public static WebApplication UseLocalLifeFrontends(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FrontendHosting));
        foreach (var (name, prefix) in Prefixes)
        {
            var configured = app.Configuration[$"Frontends:{name}"] ?? Defaults[name];
            var folder = Resolve(configured, app.Environment.ContentRootPath);
            if (folder is null || !File.Exists(Path.Combine(folder, "index.html")))
            {
                log.LogWarning("Front end {Name} not served: no index.html under {Folder}", name, folder ?? configured);
                continue;
            }

            var files = new PhysicalFileProvider(folder);
            app.UseStaticFiles(new StaticFileOptions { RequestPath = prefix, FileProvider = files });
            app.MapFallback(prefix + "/{**path}", async context =>
            {
                // Unknown files (with an extension) are 404s; anything else is a client-side route.
                if (Path.HasExtension(context.Request.Path.Value)) { context.Response.StatusCode = StatusCodes.Status404NotFound; return; }
                await SendIndexAsync(context, files);
            }).ExcludeFromDescription();
            // Routing ignores a trailing slash, so "/admin/" (the app itself) lands here as well as "/admin".
            app.MapGet(prefix, context => context.Request.Path.Value!.EndsWith('/')
                ? SendIndexAsync(context, files)
                : Redirect(context, prefix + "/")).ExcludeFromDescription();
            log.LogInformation("Front end {Name} served under {Prefix} from {Folder}", name, prefix, folder);
        }

        return app;
    }

    static Task SendIndexAsync(HttpContext context, IFileProvider files)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.SendFileAsync(files.GetFileInfo("index.html"));
    }

    static Task Redirect(HttpContext context, string location)
    {
        context.Response.Redirect(location);
        return Task.CompletedTask;
    }

    /// <summary>An absolute path as is; a relative one from the first folder above <paramref name="contentRoot"/> holding LocalLife.sln.</summary>
    static string? Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path)) return path;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, path));
        }

        return null;
    }
}
