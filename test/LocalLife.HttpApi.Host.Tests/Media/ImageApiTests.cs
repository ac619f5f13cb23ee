using System.Net;
using System.Net.Http.Headers;
using LocalLife.Errors;

namespace LocalLife.Media;

/// <summary>Pictures over HTTP: merchants' product photos, stored in the blob store and served publicly.</summary>
[Collection(WeChatCollection.Name)]
public sealed class ImageApiTests(WeChatApiFixture api)
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_manager_uploads_a_product_photo_that_anyone_can_load_by_its_address()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var image = await (await manager.PostAsync("/api/admin/media/images", Form(Png, "menu photo.png", "application/octet-stream")))
            .ReadAsAsync<ImageDto>(HttpStatusCode.Created);
        image.ShouldSatisfyAllConditions(i => i.ContentType.ShouldBe("image/png"), i => i.SizeBytes.ShouldBe(Png.Length),
            i => i.Url.ShouldMatch(@"^/api/media/images/[0-9a-f]{32}/[0-9a-f]{32}\.png$"));

        var response = await api.CreateClient().GetAsync(image.Url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.ToString().ShouldContain("immutable");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Png);

        // It goes into a product as it is; a path elsewhere on the host does not.
        var category = await new Ordering.OrderingDriver(api).NewCategoryAsync(ApiFixture.KtvTenant);
        var product = new Ordering.SaveProductDto { StoreId = category.StoreId, CategoryId = category.Id, Name = "柠檬茶", PriceFen = 1800, Images = [image.Url] };
        (await (await manager.PostJsonAsync("/api/admin/menu/products", product)).ReadAsAsync<Ordering.ProductDto>()).Images.ShouldBe([image.Url]);
        await (await manager.PostJsonAsync("/api/admin/menu/products", product with { Images = ["/api/admin/stores"] }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        await (await manager.PostJsonAsync("/api/admin/menu/products", product with { Images = ["/api/media/images/../../admin/stores"] }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);

        // Another owner, a made-up or malformed name: nothing.
        var name = image.Url.Split('/')[^1];
        (await api.CreateClient().GetAsync($"/api/media/images/host/{name}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.CreateClient().GetAsync($"/api/media/images/{Guid.NewGuid():N}/{name}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.CreateClient().GetAsync($"/api/media/images/{image.Url.Split('/')[^2]}/{Guid.NewGuid():N}.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.CreateClient().GetAsync($"/api/media/images/{image.Url.Split('/')[^2]}/..%2F..%2Fsecret.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task What_is_not_a_picture_or_too_large_or_sent_by_the_wrong_people_is_refused_and_nothing_is_stored()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        // An HTML page that says it is a PNG: the bytes decide.
        await (await manager.PostAsync("/api/admin/media/images", Form("<html><script>alert(1)</script>"u8.ToArray(), "x.png", "image/png")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MediaErrorCodes.NotAnImage);
        var large = new byte[ImageRules.MaxBytes + 1];
        Png.CopyTo(large, 0);
        await (await manager.PostAsync("/api/admin/media/images", Form(large, "big.png", "image/png")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MediaErrorCodes.ImageTooLarge);
        await (await manager.PostAsync("/api/admin/media/images", new MultipartFormDataContent()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);

        var waiter = await api.LoginAsync(ApiFixture.KtvTenant, "waiter");
        await (await waiter.PostAsync("/api/admin/media/images", Form(Png, "a.png", "image/png")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        (await api.CreateClient().PostAsync("/api/admin/media/images", Form(Png, "a.png", "image/png"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
