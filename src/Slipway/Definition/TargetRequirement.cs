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
    /// Evaluates the expression: the parameter's value or the condition's result. A condition may throw
    /// <see cref="BuildConfigurationException"/> to say itself what is wrong (bad input, exit code 2).
    /// </summary>
    public object? Evaluate()
    {
        try
        {
            return Body.Compile().DynamicInvoke();
        }
        catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is BuildConfigurationException inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
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
