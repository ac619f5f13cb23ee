using System.Globalization;
using LocalLife.Localization;

namespace LocalLife.Catalog;

public sealed class CategoryAppService(ICategoryRepository categories) : ICategoryAppService
{
    public async Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct)
    {
        var culture = LocalLifeTexts.Resolve(CultureInfo.CurrentUICulture);
        return (await categories.GetListAsync(ct))
            .OrderBy(c => c.SortOrder)
            .Select(c => new CategoryDto(c.Id, c.Code, c.Name.For(culture), c.Name.ZhHans, c.Name.En, c.Icon, c.Description, c.SortOrder, c.IsEnabled))
            .ToList();
    }
}
