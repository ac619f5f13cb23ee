using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Loyalty;

[Collection(DatabaseCollection.Name)]
public sealed class PointsRepositoryTests(TestDatabase database)
{
    [Fact]
    public async Task Settings_not_stored_yet_are_the_same_default_each_time_they_are_read_in_one_unit_of_work()
    {
        // A fresh platform (the demo seed included) has no settings row until an operator saves one.
        await using (var owner = LocalLifeDbContextFactory.Create(database.OwnerConnectionString))
            await owner.Database.ExecuteSqlRawAsync("DELETE FROM loyalty_settings");

        await using var services = TestServices.Create(database);
        await using var scope = services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IPointsRepository>();

        var first = await repository.GetSettingsAsync(default);
        var second = await repository.GetSettingsAsync(default);

        second.ShouldBeSameAs(first);
    }
}
