using FluentValidation;
using LocalLife.Permissions;
using LocalLife.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalLife.Boundary;

/// <summary>
/// A use case checks its own permission and validates its own input, so a job, an event handler or a test that calls
/// an application service meets the same checks as HTTP. Read from the source: for every controller action that calls
/// an application service, that method's first statements check the permission the action's <c>[Authorize]</c> names
/// (none when it names none: customers and anonymous callers) and validate each parameter whose type has a validator.
/// </summary>
public sealed class UseCaseBoundaryTests
{
    private static readonly Lazy<SourceCompilation> Api = new(() => SourceCompilation.Of("LocalLife.HttpApi"));
    private static readonly Lazy<SourceCompilation> Application = new(() => SourceCompilation.Of("LocalLife.Application"));
    private static readonly Lazy<IReadOnlyList<ActionCall>> Calls = new(ReadCalls);

    /// <summary>Types with a validator, as the host registers them (AddValidatorsFromAssembly over Application).</summary>
    private static readonly HashSet<string> Validated = typeof(InputValidation).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
        .Select(i => i.GetGenericArguments()[0].FullName!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_source_reads_without_errors_and_the_actions_are_found()
    {
        foreach (var source in new[] { Api.Value, Application.Value })
            source.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        Calls.Value.Count.ShouldBeGreaterThan(150);
        Calls.Value.Count(c => c.Permission is not null).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Every_use_case_an_action_calls_checks_the_actions_permission_and_validates_its_input()
    {
        var problems = Calls.Value.SelectMany(call => Problems(call, Application.Value)).ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void An_action_hands_every_input_that_has_a_validator_to_its_use_case()
    {
        var problems = Calls.Value.SelectMany(c => c.InputsNotHandedOn.Select(p => $"{c.Action} does not pass '{p}' to a use case")).Distinct().ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    /// <summary>The rule is not vacuous: the same use case without its first lines fails it.</summary>
    [Fact]
    public void A_use_case_that_forgets_its_checks_is_caught()
    {
        var release = Calls.Value.Single(c => c.Action == "BookingController.ReleaseAsync");
        var method = Implementation(release, Application.Value);
        var tree = method.SyntaxTree;
        var leading = method.Body!.Statements.Take(2).ToList();
        var forgetful = Application.Value.With(tree, tree.WithRootAndOptions(tree.GetRoot().RemoveNodes(leading, SyntaxRemoveOptions.KeepNoTrivia)!, tree.Options));

        var problems = Problems(release, forgetful).ToList();

        problems.ShouldContain(p => p.Contains(LocalLifePermissions.Bookings.Release, StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("does not validate 'input'", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Problems(ActionCall call, SourceCompilation application)
    {
        var method = Implementation(call, application);
        var symbol = application.Model(method.SyntaxTree).GetDeclaredSymbol(method)!;
        var withValidators = symbol.Parameters.Where(p => HasValidator(p.Type)).Select(p => p.Name);
        return UseCaseEntry.Read(method, application.Model(method.SyntaxTree)).Problems(call.Permission, withValidators)
            .Select(problem => $"{symbol.ContainingType.Name}.{symbol.Name} (called by {call.Action}) {problem}");
    }

    /// <summary>
    /// The application service method behind a contract's method, found through the interface the controller calls it on:
    /// a host contract may extend a tenant one (IHostCouponTemplateAppService : ICouponTemplateAppService), and then
    /// both services implement the inherited method, each behind its own permission.
    /// </summary>
    private static MethodDeclarationSyntax Implementation(ActionCall call, SourceCompilation application)
    {
        var id = call.Contract.OriginalDefinition.GetDocumentationCommentId()!;
        var method = (IMethodSymbol)DocumentationCommentId.GetFirstSymbolForDeclarationId(id, application.Compilation)!;
        var receiver = (INamedTypeSymbol)DocumentationCommentId.GetFirstSymbolForDeclarationId(call.Receiver.GetDocumentationCommentId()!, application.Compilation)!;
        var implementers = application.Types().Where(t => t.AllInterfaces.Contains(receiver, SymbolEqualityComparer.Default)).ToList();
        var declaring = implementers.Where(t => t.Interfaces.Contains(receiver, SymbolEqualityComparer.Default)).ToList();
        var implementation = (declaring.Count > 0 ? declaring : implementers)
            .Select(t => t.FindImplementationForInterfaceMember(method))
            .OfType<IMethodSymbol>()
            .Single();
        return (MethodDeclarationSyntax)implementation.DeclaringSyntaxReferences.Single().GetSyntax();
    }

    private static IReadOnlyList<ActionCall> ReadCalls()
    {
        var api = Api.Value;
        var calls = new List<ActionCall>();
        foreach (var controller in api.Types().Where(IsController))
        {
            foreach (var reference in controller.GetMembers().OfType<IMethodSymbol>()
                         .Where(m => m is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false })
                         .SelectMany(m => m.DeclaringSyntaxReferences))
            {
                var action = (MethodDeclarationSyntax)reference.GetSyntax();
                var model = api.Model(action.SyntaxTree);
                var symbol = model.GetDeclaredSymbol(action)!;
                var invocations = action.DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Select(i => (Call: i, Target: model.GetSymbolInfo(i).Symbol as IMethodSymbol, Receiver: Receiver(i, model)))
                    .Where(i => i.Target is { ContainingType: { TypeKind: TypeKind.Interface } type } && type.Name.EndsWith("AppService", StringComparison.Ordinal))
                    .ToList();
                var handedOn = invocations.SelectMany(i => i.Call.ArgumentList.Arguments).Select(a => a.Expression).OfType<IdentifierNameSyntax>()
                    .Select(n => n.Identifier.Text).ToHashSet(StringComparer.Ordinal);
                var notHandedOn = symbol.Parameters.Where(p => HasValidator(p.Type) && !handedOn.Contains(p.Name)).Select(p => p.Name).ToList();
                foreach (var (_, target, receiver) in invocations)
                    calls.Add(new ActionCall($"{controller.Name}.{symbol.Name}", PermissionOf(symbol), target!, receiver ?? target!.ContainingType, notHandedOn));
            }
        }
        return calls;
    }

    /// <summary>The interface a use case is called on (<c>service.X()</c>: the type of <c>service</c>).</summary>
    private static INamedTypeSymbol? Receiver(InvocationExpressionSyntax call, SemanticModel model) =>
        call.Expression is MemberAccessExpressionSyntax access && model.GetTypeInfo(access.Expression).Type is INamedTypeSymbol { TypeKind: TypeKind.Interface } type
            ? type
            : null;

    private static bool IsController(INamedTypeSymbol type)
    {
        if (type.IsAbstract) return false;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == "Microsoft.AspNetCore.Mvc.ControllerBase") return true;
        return false;
    }

    /// <summary>The permission an action's <c>[Authorize(...)]</c> names; group policies (api/host, api/admin…) are not permissions.</summary>
    private static string? PermissionOf(IMethodSymbol action) => action.GetAttributes()
        .Where(a => a.AttributeClass?.Name == "AuthorizeAttribute")
        .Select(a => a.ConstructorArguments.FirstOrDefault().Value as string ?? a.NamedArguments.FirstOrDefault(n => n.Key == "Policy").Value.Value as string)
        .SingleOrDefault(p => p is not null && PermissionDefinitions.Find(p) is not null);

    private static bool HasValidator(ITypeSymbol type) =>
        type is INamedTypeSymbol { ContainingNamespace: { } ns } named && Validated.Contains($"{ns.ToDisplayString()}.{named.MetadataName}");

    private sealed record ActionCall(string Action, string? Permission, IMethodSymbol Contract, INamedTypeSymbol Receiver, IReadOnlyList<string> InputsNotHandedOn);
}
