namespace Slipway.Definition;

/// <summary>
/// A target named by delegate before every target is known. Resolved once discovery has seen them all: two
/// <see cref="Target"/> delegates denote the same target when they come from the same lambda.
/// </summary>
/// <param name="Resolve">Produces the delegate from the build instance; null when the reference does not apply to it.</param>
public sealed record TargetReference(Func<object, Target?> Resolve)
{
    /// <summary>Wraps a delegate that is already at hand.</summary>
    public static TargetReference Of(Target target) => new(_ => target);

    /// <summary>A component's target when the build implements the component; otherwise nothing (for ordering relations).</summary>
    public static TargetReference IfImplemented<T>(Func<T, Target> member) =>
        new(build => build is T component ? member(component) : null);

    /// <summary>Wraps a component member access evaluated on the build instance.</summary>
    public static TargetReference Of<T>(Func<T, Target> member) =>
        new(build => build is T component
            ? member(component)
            : throw new BuildConfigurationException($"The build class does not implement {typeof(T).Name}, so its targets cannot be referenced. Add the interface to the build class."));
}
