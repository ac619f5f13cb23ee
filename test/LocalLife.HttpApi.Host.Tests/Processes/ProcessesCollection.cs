namespace LocalLife.Processes;

/// <summary>Tests that start processes and private services run one after another (2-core machines).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessesCollection
{
    public const string Name = "processes";
}
