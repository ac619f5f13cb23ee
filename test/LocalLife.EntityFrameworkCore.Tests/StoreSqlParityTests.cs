using LocalLife.Catalog;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LocalLife.EntityFrameworkCore;

/// <summary>"Open now" is decided in C# (store detail) and in SQL (store search): both must agree at every instant.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class StoreSqlParityTests(TestDatabase database)
{
    [Fact]
    public async Task The_sql_open_rule_agrees_with_the_domain_rule_around_the_clock()
    {
        await using var services = TestServices.Create(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Name == "ktv-demo");
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id);

        var hours = new OpeningHours(
            [
                new DayHours(DayOfWeek.Monday, [new TimeRange(new(10, 0), new(14, 0)), new TimeRange(new(18, 0), new(2, 0))]),
                new DayHours(DayOfWeek.Tuesday, [new TimeRange(new(0, 0), new(0, 0))]),
                new DayHours(DayOfWeek.Saturday, [new TimeRange(new(20, 0), new(4, 0))]),
            ],
            [new HoursException(new DateOnly(2026, 12, 1), Closed: true, [], IsHoliday: true, null),
             new HoursException(new DateOnly(2026, 12, 5), Closed: false, [new TimeRange(new(9, 0), new(11, 0))], IsHoliday: false, null)]);
        var store = await scope.ServiceProvider.GetRequiredService<StoreManager>().CreateAsync(tenant.Id, "ktv",
            new StoreProfile("parity", "addr", null, null, []), new GeoPoint(10, 10), "Asia/Shanghai", hours, 0, default);
        db.Stores.Add(store);
        await db.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(database.SuperuserConnectionString); // the function's answer, not the policies', is tested
        await connection.OpenAsync();
        var start = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.FromHours(8));
        var mismatches = new List<string>();
        for (var at = start; at < start.AddDays(8); at = at.AddMinutes(30))
        {
            await using var command = new NpgsqlCommand(
                "SELECT store_is_open(hours, status, closed_on, time_zone, @at) FROM stores WHERE id = @id", connection);
            command.Parameters.AddWithValue("at", at.ToUniversalTime());
            command.Parameters.AddWithValue("id", store.Id);
            var sql = (bool)(await command.ExecuteScalarAsync())!;
            if (sql != store.IsOpenAt(at)) mismatches.Add($"{at:yyyy-MM-dd HH:mm} sql={sql}");
        }
        mismatches.ShouldBeEmpty();
        store.IsOpenAt(new DateTimeOffset(2026, 11, 29, 1, 30, 0, TimeSpan.FromHours(8))).ShouldBeTrue();  // Sunday 01:30: Saturday night runs on
        store.IsOpenAt(new DateTimeOffset(2026, 11, 30, 1, 30, 0, TimeSpan.FromHours(8))).ShouldBeFalse(); // Monday 01:30: Sunday has no hours
    }
}
