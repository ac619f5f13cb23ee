namespace LocalLife.MultiTenancy;

/// <summary>Flows with the async call, so parallel requests and jobs never see each other's tenant.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantInfo(id, name);
        return new Scope(() => Current.Value = previous);
    }

    private sealed record TenantInfo(Guid? Id, string? Name);

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private Action? _onDispose = onDispose;

        public void Dispose() => Interlocked.Exchange(ref _onDispose, null)?.Invoke();
    }
}
