using System.Linq.Expressions;

namespace Slipway.Definition;

/// <summary>A <c>Requires(() =&gt; ...)</c> entry: a parameter that must be set or a condition that must hold.</summary>
/// <param name="Body">The expression, kept to find the parameter it names.</param>
/// <param name="Text">Its source text.</param>
public sealed record TargetRequirement(LambdaExpression Body, string Text)
{
    /// <summary>The member the expression reads, when it is a plain member access (<c>() =&gt; ApiKey</c>).</summary>
    public string? MemberName => Body.Body is MemberExpression member ? member.Member.Name : null;

    /// <summary>
    /// Evaluates the expression: the parameter's value or the condition's result. What the expression throws is
    /// thrown as is (not wrapped), so a check that throws <see cref="BuildConfigurationException"/> reports bad input.
    /// </summary>
    public object? Evaluate()
    {
        try
        {
            return Body.Compile().DynamicInvoke();
        }
        catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw; // Not reached.
        }
    }

    /// <summary>True when an evaluated value satisfies a requirement: non-null, non-empty, or true.</summary>
    public static bool Holds(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        _ => true,
    };
}
