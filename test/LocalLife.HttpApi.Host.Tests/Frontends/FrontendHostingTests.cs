using System.Net;

namespace LocalLife.Frontends;

[Collection(ApiCollection.Name)]
public sealed class FrontendHostingTests(ApiFixture api) : IAsyncLifetime
{
    private readonly string _admin = Directory.CreateTempSubdirectory("locallife-admin-").FullName;
    private LocalLifeApiFactory? _factory;

    public Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_admin, "index.html"), "<html><body>admin shell</body></html>");
        File.WriteAllText(Path.Combine(_admin, "main.js"), "console.log('admin')");
        _factory = new LocalLifeApiFactory(api.Database, new Dictionary<string, string?>
        {
            ["Frontends:Admin"] = _admin,
            ["Frontends:H5"] = Path.Combine(_admin, "no-such-folder"),
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_admin_build_is_served_with_client_side_routes_falling_back_to_its_index()
    {
        var client = _factory!.CreateClient();

        (await client.GetStringAsync("/admin/main.js")).ShouldContain("console.log");
        (await client.GetStringAsync("/admin/merchant/spaces/board")).ShouldContain("admin shell");
        (await client.GetAsync("/admin/missing.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync("/api/ping")).ShouldContain("true");
    }

    [Fact]
    public async Task The_admin_root_with_a_slash_is_the_app_and_without_one_redirects_to_it()
    {
        var client = _factory!.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var root = await client.GetAsync("/admin/");
        root.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await root.Content.ReadAsStringAsync()).ShouldContain("admin shell");
        var bare = await client.GetAsync("/admin");
        bare.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bare.Headers.Location!.OriginalString.ShouldBe("/admin/");
    }

    [Fact]
    public async Task A_front_end_that_is_not_built_is_not_served()
    {
        var client = _factory!.CreateClient();
        (await client.GetAsync("/h5/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        Directory.Delete(_admin, recursive: true);
    }
}
