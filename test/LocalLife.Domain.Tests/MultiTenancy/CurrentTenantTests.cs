namespace LocalLife.MultiTenancy;

public sealed class CurrentTenantTests
{
    [Fact]
    public void Scopes_nest_and_restore_the_previous_tenant()
    {
        ICurrentTenant current = new CurrentTenant();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        current.Id.ShouldBeNull();
        using (current.Change(a, "a"))
        {
            current.Id.ShouldBe(a);
            using (current.Change(b, "b")) current.Name.ShouldBe("b");
            current.Id.ShouldBe(a);
            using (current.Change(null)) current.IsAvailable.ShouldBeFalse();
            current.Name.ShouldBe("a");
        }
        current.Id.ShouldBeNull();
    }

    [Fact]
    public async Task Parallel_flows_never_see_each_others_tenant()
    {
        var current = new CurrentTenant();
        var seen = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            var mine = Guid.NewGuid();
            using (current.Change(mine))
            {
                await Task.Delay(Random.Shared.Next(1, 5));
                return current.Id == mine;
            }
        }));
        seen.ShouldAllBe(ok => ok);
    }
}
