using System.Net;
using LocalLife.Errors;
using LocalLife.Spaces;
using Microsoft.AspNetCore.WebUtilities;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class SpaceQrTests(ApiFixture api)
{
    private static string TokenOf(SpaceQrDto qr) => QueryHelpers.ParseQuery(new Uri(qr.Url).Query)["t"].ToString();

    [Fact]
    public async Task The_print_sheet_has_every_space_of_the_store_with_its_names_in_the_chosen_size()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng, name: "打印测试店"));
        for (var i = 1; i <= 7; i++) await owner.CreateSpaceAsync(store.Id, NewSpace($"K{i:00}"));

        var small = await owner.GetAsync($"/api/admin/spaces/qr/sheet.pdf?storeId={store.Id}&size=Small");
        small.StatusCode.ShouldBe(HttpStatusCode.OK);
        small.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await small.Content.ReadAsByteArrayAsync()))
        {
            pdf.NumberOfPages.ShouldBe(1); // 50 mm cards: 3 × 4 on A4
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            text.ShouldContain("打印测试店");
            for (var i = 1; i <= 7; i++) text.ShouldContain($"K{i:00}");
            pdf.GetPage(1).Width.ShouldBe(595, 1); // A4 in points
        }

        var large = await owner.GetAsync($"/api/admin/spaces/qr/sheet.pdf?storeId={store.Id}&size=Large");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await large.Content.ReadAsByteArrayAsync()))
            pdf.NumberOfPages.ShouldBe(4); // 100 mm cards: 1 × 2 per page

        var other = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        await (await other.GetAsync($"/api/admin/spaces/qr/sheet.pdf?storeId={store.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Scanning_a_space_code_tells_the_customer_where_they_are()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng, name: "扫码店"));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("B07"));
        var qr = await (await owner.GetAsync($"/api/admin/spaces/{space.Id}/qr")).ReadAsAsync<SpaceQrDto>();
        TokenOf(qr).Length.ShouldBeLessThan(100);

        var scan = await (await api.CreateClient().GetAsync($"/api/app/catalog/scan?t={TokenOf(qr)}")).ReadAsAsync<ScanResultDto>();
        (scan.StoreName, scan.SpaceNumber, scan.SpaceId).ShouldBe(("扫码店", "B07", space.Id));

        var png = await owner.GetAsync($"/api/admin/spaces/{space.Id}/qr.png");
        png.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await png.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
    }

    [Fact]
    public async Task Forged_rotated_and_deactivated_codes_are_refused()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var a = await owner.CreateSpaceAsync(store.Id, NewSpace("A1"));
        var b = await owner.CreateSpaceAsync(store.Id, NewSpace("A2"));
        var client = api.CreateClient();
        var token = TokenOf(await (await owner.GetAsync($"/api/admin/spaces/{a.Id}/qr")).ReadAsAsync<SpaceQrDto>());

        // One character changed in the payload: the signature no longer matches.
        var forged = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        await (await client.GetAsync($"/api/app/catalog/scan?t={forged}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, SpaceErrorCodes.QrInvalid);
        await (await client.GetAsync("/api/app/catalog/scan?t=not-a-token")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, SpaceErrorCodes.QrInvalid);
        await (await client.GetAsync("/api/app/catalog/scan")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);

        var rotated = await (await owner.PostAsync($"/api/admin/spaces/{a.Id}/qr/rotate", null)).ReadAsAsync<SpaceQrDto>();
        rotated.Version.ShouldBe(2);
        await (await client.GetAsync($"/api/app/catalog/scan?t={token}")).ShouldBeProblemAsync(HttpStatusCode.Gone, SpaceErrorCodes.QrRotated);
        (await client.GetAsync($"/api/app/catalog/scan?t={TokenOf(rotated)}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var all = await (await owner.PostAsync($"/api/admin/spaces/qr/rotate-all?storeId={store.Id}", null)).ReadAsAsync<List<SpaceQrDto>>();
        all.Select(q => q.Version).Order().ShouldBe([2, 3]);
        await (await client.GetAsync($"/api/app/catalog/scan?t={TokenOf(rotated)}")).ShouldBeProblemAsync(HttpStatusCode.Gone, SpaceErrorCodes.QrRotated);

        var current = TokenOf(all.Single(q => q.SpaceId == b.Id));
        await owner.DeleteAsync($"/api/admin/spaces/{b.Id}");
        await (await client.GetAsync($"/api/app/catalog/scan?t={current}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, SpaceErrorCodes.QrDeactivated);
    }

    [Fact]
    public async Task Another_merchants_staff_cannot_read_or_rotate_a_code()
    {
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var (lat, lng) = RandomSpot();
        var space = await tea.CreateSpaceAsync((await tea.CreateStoreAsync(NewStore(lat, lng, "teahouse"))).Id, NewSpace("T1", "room-small"));
        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await ktv.GetAsync($"/api/admin/spaces/{space.Id}/qr")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PostAsync($"/api/admin/spaces/{space.Id}/qr/rotate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PostAsync($"/api/admin/spaces/qr/rotate-all?storeId={space.StoreId}", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }
}
