using System.Collections.Concurrent;

namespace LocalLife.MultiTenancy;

public sealed class DataFilter : IDataFilter
{
    private static readonly ConcurrentDictionary<Type, AsyncLocal<bool>> Disabled = new();

    public bool IsEnabled<TFilter>() where TFilter : class => !Flag<TFilter>().Value;

    public IDisposable Disable<TFilter>() where TFilter : class
    {
        var flag = Flag<TFilter>();
        var previous = flag.Value;
        flag.Value = true;
        return new Restore(() => flag.Value = previous);
    }

    private static AsyncLocal<bool> Flag<TFilter>() => Disabled.GetOrAdd(typeof(TFilter), _ => new AsyncLocal<bool>());

    private sealed class Restore(Action action) : IDisposable
    {
        private Action? _action = action;

        public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
    }
}
