namespace LocalLife.MultiTenancy;

/// <summary>
/// Turns the tenant or soft-delete filter off for a scope. Turning the tenant filter off also lifts row-level
/// security for the connection; only host-side code that must see every tenant (reports, jobs) does it.
/// </summary>
public interface IDataFilter
{
    bool IsEnabled<TFilter>() where TFilter : class;

    IDisposable Disable<TFilter>() where TFilter : class;
}
