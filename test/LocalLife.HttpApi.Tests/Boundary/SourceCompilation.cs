using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalLife.Boundary;

/// <summary>
/// One project's source compiled in memory (Roslyn), against the assemblies this test runs with, so a test can read
/// what the code calls by symbol rather than by text. The project's own assembly is left out: the source is it.
/// </summary>
internal sealed class SourceCompilation
{
    /// <summary>The SDK's implicit usings (ImplicitUsings=enable in common.props).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private SourceCompilation(CSharpCompilation compilation) => Compilation = compilation;

    public CSharpCompilation Compilation { get; private set; }

    public static SourceCompilation Of(string project)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", project);
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(folder, f)))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "GlobalUsings.g.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(project + ".Source", trees, References(except: project),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new SourceCompilation(compilation);
    }

    public SemanticModel Model(SyntaxTree tree) => Compilation.GetSemanticModel(tree);

    /// <summary>The same compilation with one file changed: for showing that a rule catches a mistake.</summary>
    public SourceCompilation With(SyntaxTree old, SyntaxTree replacement) => new(Compilation.ReplaceSyntaxTree(old, replacement));

    public IEnumerable<INamedTypeSymbol> Types() => Compilation.SyntaxTrees
        .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>()
            .Select(d => Model(t).GetDeclaredSymbol(d)))
        .OfType<INamedTypeSymbol>();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalLife.sln"))) return dir.FullName;
        throw new InvalidOperationException("LocalLife.sln not found above " + AppContext.BaseDirectory);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The runtime (ASP.NET Core included) and every assembly beside this test, one file per assembly name.</summary>
    private static IEnumerable<MetadataReference> References(string except)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .Where(IsManaged)
            .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
            .Where(g => !string.Equals(g.Key, except, StringComparison.OrdinalIgnoreCase))
            .Select(g => MetadataReference.CreateFromFile(g.First()));
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
