using System.Net;
using System.Net.Http.Headers;
using LocalLife.Common;

namespace LocalLife.Reviews;

/// <summary>Photos: uploaded by the customer to a presigned link first, then named in the review; everyone reads them by expiring links.</summary>
[Collection(WeChatCollection.Name)]
public sealed class ReviewImageTests(WeChatApiFixture api)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private readonly ReviewDriver _driver = new(api);

    private static async Task<ReviewImageUploadDto> UploadAsync(HttpClient customer, byte[] bytes)
    {
        var upload = await (await customer.PostJsonAsync("/api/app/reviews/images", new RequestReviewImageUploadDto { ContentType = "image/png", SizeBytes = bytes.Length }))
            .ReadAsAsync<ReviewImageUploadDto>();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var plain = new HttpClient();
        (await plain.PutAsync(upload.UploadUrl, content)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return upload;
    }

    [Fact]
    public async Task A_review_with_an_uploaded_photo_shows_it_to_everyone_by_link()
    {
        var (customer, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var upload = await UploadAsync(customer, Png);

        var review = await (await ReviewDriver.SubmitAsync(customer, order.Id, images: [upload.Name])).ReadAsAsync<ReviewDto>(HttpStatusCode.Created);

        review.Images.ShouldHaveSingleItem();
        using var plain = new HttpClient();
        (await plain.GetByteArrayAsync(review.Images[0])).ShouldBe(Png);
        var shown = (await _driver.PublicAsync(order.StoreId)).Reviews.Items.Single(r => r.Id == review.Id);
        (await plain.GetByteArrayAsync(shown.Images.ShouldHaveSingleItem())).ShouldBe(Png);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var listed = await (await manager.GetAsync($"/api/admin/reviews?storeId={order.StoreId}&take=100")).ReadAsAsync<PagedResultDto<ModerationReviewDto>>();
        listed.Items.Single(r => r.Review.Id == review.Id).Review.Images.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Another_customers_photo_or_one_never_uploaded_is_refused()
    {
        var (customer, customerId) = await _driver.CustomerAsync();
        var (other, _) = await _driver.CustomerAsync();
        var order = await _driver.CompletedOrderAsync(customer);
        var theirs = await UploadAsync(other, Png);

        await (await ReviewDriver.SubmitAsync(customer, order.Id, images: [theirs.Name]))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ReviewErrorCodes.ImageNotUploaded);
        await (await ReviewDriver.SubmitAsync(customer, order.Id, images: [$"{customerId:N}/{Guid.NewGuid():N}.png"]))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ReviewErrorCodes.ImageNotUploaded);
        await (await customer.PostJsonAsync("/api/app/reviews/images", new RequestReviewImageUploadDto { ContentType = "image/gif", SizeBytes = 10 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors.LocalLifeErrorCodes.Validation);
        await (await customer.PostJsonAsync("/api/app/reviews/images", new RequestReviewImageUploadDto { ContentType = "image/png", SizeBytes = ReviewConsts.MaxImageBytes + 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors.LocalLifeErrorCodes.Validation);
        (await ReviewDriver.SubmitAsync(customer, order.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
