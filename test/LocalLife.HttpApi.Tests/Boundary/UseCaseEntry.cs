using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalLife.Boundary;

/// <summary>
/// What an application service method does before anything else: its leading <c>await</c> statements that check a
/// permission (<c>IPermissionChecker.CheckAsync</c>) or validate an input (<c>InputValidation.ValidateAsync</c>).
/// </summary>
internal sealed record UseCaseEntry(IReadOnlyList<string> Permissions, IReadOnlyList<string> Validated, bool StartsWithPermission)
{
    public static UseCaseEntry Read(MethodDeclarationSyntax method, SemanticModel model)
    {
        var permissions = new List<string>();
        var validated = new List<string>();
        var first = true;
        var startsWithPermission = false;
        foreach (var statement in method.Body?.Statements ?? [])
        {
            if (statement is not ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: InvocationExpressionSyntax call } }) break;
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol target || call.ArgumentList.Arguments.Count == 0) break;
            var argument = call.ArgumentList.Arguments[0].Expression;
            if (target is { Name: "CheckAsync", ContainingType.Name: "IPermissionChecker" })
            {
                permissions.Add(model.GetConstantValue(argument).Value as string ?? $"<not a constant: {argument}>");
                startsWithPermission |= first;
            }
            else if (target is { Name: "ValidateAsync", ContainingType.Name: "InputValidation" } && argument is IdentifierNameSyntax name)
            {
                validated.Add(name.Identifier.Text);
            }
            else
            {
                break;
            }
            first = false;
        }
        return new UseCaseEntry(permissions, validated, startsWithPermission);
    }

    /// <summary>What is wrong for a method called by an action that names <paramref name="permission"/> (null: none).</summary>
    public IEnumerable<string> Problems(string? permission, IEnumerable<string> parametersWithValidators)
    {
        if (permission is not null && !(StartsWithPermission && Permissions.SequenceEqual([permission])))
            yield return $"does not start by checking {permission} (checks: {string.Join(", ", Permissions.DefaultIfEmpty("none"))})";
        if (permission is null && Permissions.Count > 0)
            yield return $"checks {string.Join(", ", Permissions)} though its caller names no permission";
        foreach (var parameter in parametersWithValidators.Except(Validated))
            yield return $"does not validate '{parameter}' first";
    }
}
