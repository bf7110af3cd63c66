using System.Linq.Expressions;

namespace Slipway;

/// <summary>Parameter access for component interfaces, which cannot hold fields.</summary>
public static class BuildExtensions
{
    /// <summary>
    /// The resolved value of the <c>[Parameter]</c> property <paramref name="member"/> refers to:
    /// <c>[Parameter] string? CiImage => this.GetParameter(() => CiImage);</c>. Default when unset.
    /// </summary>
    public static T? GetParameter<T>(this IBuild build, Expression<Func<T>> member)
    {
        var name = member.Body is MemberExpression access
            ? access.Member.Name
            : throw new ArgumentException("Pass a member access such as () => CiImage.", nameof(member));
        return build.Context.Parameters.TryGetValue(name, out var value) && value.Value is T typed ? typed : default;
    }
}
