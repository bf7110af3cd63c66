namespace Slipway;

/// <summary>
/// A target, declared as a property on the build class or as a default member of a component interface:
/// <c>Target Test => _ => _.DependsOn(Restore).Executes(() => ...);</c>. The delegate only describes the target;
/// Slipway calls it once, at discovery.
/// </summary>
/// <param name="definition">The definition to describe the target on.</param>
/// <returns>The same definition, for chaining.</returns>
public delegate ITargetDefinition Target(ITargetDefinition definition);
