using System.Net;
using LocalLife.Errors;
using LocalLife.Spaces;

namespace LocalLife.Catalog;

[Collection(ApiCollection.Name)]
public sealed class HostCategoryTests(ApiFixture api)
{
    [Fact]
    public async Task A_new_vertical_is_added_as_data_and_opened_for_merchants()
    {
        var admin = await api.LoginAsync(null, "admin");
        var code = "massage-" + Guid.NewGuid().ToString("N")[..4];
        var created = await (await admin.PostJsonAsync("/api/host/categories", new CreateCategoryDto
        {
            Code = code, NameZhHans = "按摩", NameEn = "Massage", SortOrder = 70,
            SpaceTypes = [new SpaceTypeDto("bed", SpaceKind.Station, "按摩床", "Massage bed")],
            ProductCategories = [new ProductCategoryTemplateDto("oils", "精油", "Oils", "service")],
        })).ReadAsAsync<CategoryDto>(HttpStatusCode.Created);
        created.IsEnabled.ShouldBeFalse();
        (await (await api.CreateClient().GetAsync("/api/app/catalog/categories")).ReadAsAsync<List<CategoryDto>>()).ShouldNotContain(c => c.Code == code);

        (await (await admin.PostAsync($"/api/host/categories/{code}/enable", null)).ReadAsAsync<CategoryDto>()).IsEnabled.ShouldBeTrue();
        (await (await api.CreateClient().GetAsync("/api/app/catalog/categories")).ReadAsAsync<List<CategoryDto>>()).ShouldContain(c => c.Code == code);

        await (await admin.PostJsonAsync("/api/host/categories", new CreateCategoryDto { Code = code, NameZhHans = "重复", NameEn = "Dup" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, CatalogErrorCodes.DuplicateCategoryCode);
        await admin.PostAsync($"/api/host/categories/{code}/disable", null);
    }

    [Fact]
    public async Task Operators_read_categories_but_only_admins_change_them()
    {
        var operatorClient = await api.LoginAsync(null, "operator");
        (await operatorClient.GetAsync("/api/host/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await operatorClient.PostAsync("/api/host/categories/ktv/disable", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        var admin = await api.LoginAsync(null, "admin");
        await (await admin.PostAsync("/api/host/categories/karaoke/enable", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await admin.PostJsonAsync("/api/host/categories", new CreateCategoryDto { Code = "Bad Code", NameZhHans = "", NameEn = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }
}
