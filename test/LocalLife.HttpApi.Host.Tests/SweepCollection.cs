namespace LocalLife;

/// <summary>
/// The input sweeps: every endpoint of the API, on a database of its own, so the rules, products and bookings they
/// create never meet another test's expectations.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<WeChatApiFixture>
{
    public const string Name = "sweep";
}
