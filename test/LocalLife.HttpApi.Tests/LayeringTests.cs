using System.Reflection;

namespace LocalLife;

/// <summary>Dependencies point one way (STYLE.md rule 12): the one part of the layered shape that must never erode.</summary>
public sealed class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["LocalLife.Domain.Shared"] = [],
        ["LocalLife.Domain"] = ["LocalLife.Domain.Shared"],
        ["LocalLife.Application.Contracts"] = ["LocalLife.Domain.Shared"],
        ["LocalLife.Application"] = ["LocalLife.Domain", "LocalLife.Domain.Shared", "LocalLife.Application.Contracts", "LocalLife.WeChat"],
        ["LocalLife.Infrastructure"] = ["LocalLife.Application", "LocalLife.Application.Contracts", "LocalLife.Domain", "LocalLife.Domain.Shared", "LocalLife.WeChat"],
        ["LocalLife.EntityFrameworkCore"] = ["LocalLife.Domain", "LocalLife.Domain.Shared"],
        ["LocalLife.HttpApi"] = ["LocalLife.Application.Contracts", "LocalLife.Domain.Shared"],
        ["LocalLife.WeChat"] = [],
    };

    public static TheoryData<string> Layers() => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_references_only_the_layers_below_it(string layer)
    {
        var assembly = Assembly.Load(layer);
        var references = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("LocalLife.", StringComparison.Ordinal))
            .ToList();
        references.ShouldBeSubsetOf(Allowed[layer], $"{layer} references {string.Join(", ", references)}");
    }

    /// <summary>What talks to the outside world through a library, a process or a socket is an adapter: LocalLife.Infrastructure.</summary>
    private static readonly string[] AdapterLibraries = ["PdfSharp", "QRCoder", "System.Net.Sockets", "System.Diagnostics.Process"];

    [Theory]
    [InlineData("LocalLife.Domain")]
    [InlineData("LocalLife.Application")]
    public void The_use_cases_reach_the_outside_only_through_ports(string layer)
    {
        var references = Assembly.Load(layer).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotContain(r => AdapterLibraries.Any(l => r.StartsWith(l, StringComparison.Ordinal)),
            $"{layer} references {string.Join(", ", references)}");
    }
}
