namespace LocalLife.Seeding;

/// <summary>The "Seed" configuration section of the migrator.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public string AdminPassword { get; set; } = "";

    /// <summary>Seed the demo tenants and their staff (one per phase-1 category).</summary>
    public bool Demo { get; set; }

    public string DemoPassword { get; set; } = "";

    /// <summary>Register the first-party client that uses the password grant (tests, demo, API explorer).</summary>
    public bool EnablePasswordClient { get; set; }

    public List<string> AdminRedirectUris { get; set; } = [];
}
