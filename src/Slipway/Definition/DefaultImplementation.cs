using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;

namespace Slipway.Definition;

/// <summary>
/// Calls a component interface's own (default) implementation of a target property on a build that re-implements it:
/// a non-virtual call, which C# has no syntax for, so a build can start from the shipped definition and add to it.
/// </summary>
internal static class DefaultImplementation
{
    /// <summary>The target <paramref name="member"/> names, as the interface <typeparamref name="T"/> itself defines it for <paramref name="build"/>.</summary>
    /// <exception cref="BuildConfigurationException">The expression is not a target property of <typeparamref name="T"/> with a body, or the build does not implement it.</exception>
    internal static Target Of<T>(object build, Expression<Func<T, Target>> member)
    {
        if (member.Body is not MemberExpression { Member: PropertyInfo property } || property.GetMethod is not { IsAbstract: false } getter || !typeof(T).IsInterface)
        {
            throw new BuildConfigurationException(
                $"Inherit<{typeof(T).Name}>({member}) must name a target property that the interface {typeof(T).Name} implements itself, e.g. Inherit<IRelease>(x => x.Release).");
        }

        if (build is not T)
        {
            throw new BuildConfigurationException($"The build class does not implement {typeof(T).Name}, so it cannot inherit its target {property.Name}. Add the interface to the build class.");
        }

        var method = new DynamicMethod("Inherit" + property.Name, typeof(Target), [typeof(object)], typeof(T).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, typeof(T));
        il.Emit(OpCodes.Call, getter); // call, not callvirt: the interface's body, not the build's override
        il.Emit(OpCodes.Ret);
        return ((Func<object, Target>)method.CreateDelegate(typeof(Func<object, Target>)))(build);
    }
}
