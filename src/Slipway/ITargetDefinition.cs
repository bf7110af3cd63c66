using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Slipway;

/// <summary>The fluent API a <see cref="Target"/> uses to describe itself (NUKE's shape).</summary>
public interface ITargetDefinition
{
    /// <summary>
    /// Starts from a component's own definition of this target (NUKE's <c>Inherit</c>): a build re-implements a shipped
    /// target, <c>Target IRelease.Release =&gt; _ =&gt; _.Inherit&lt;IRelease&gt;(x =&gt; x.Release).DependsOn(Notarize)</c>, and adds
    /// dependencies, requirements, capabilities or actions without copying what the component declares. Call it first.
    /// </summary>
    ITargetDefinition Inherit<T>(Expression<Func<T, Target>> target);

    /// <summary>One line shown by <c>--help</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Targets that must run (successfully) before this one.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>A component's target that must run before this one.</summary>
    ITargetDefinition DependsOn<T>(Func<T, Target> target);

    /// <summary>
    /// A component's target that must run before this one when the build implements the component; nothing otherwise
    /// (NUKE's <c>TryDependsOn</c>). Lets a shipped target require another component's target only where it exists.
    /// </summary>
    ITargetDefinition TryDependsOn<T>(Func<T, Target> target);

    /// <summary>Makes this target a dependency of the given targets.</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <summary>Makes this target a dependency of a component's target.</summary>
    ITargetDefinition DependentFor<T>(Func<T, Target> target);

    /// <summary>Runs after the given targets when they are part of the same plan; does not add them.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>
    /// Runs after a component's target when both are part of the same plan. Ordering only, so a build without the
    /// component simply has no such constraint.
    /// </summary>
    ITargetDefinition After<T>(Func<T, Target> target);

    /// <summary>Runs before the given targets when they are part of the same plan; does not add them.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>Adds the given targets to the plan, to run after this one.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>This target is added to the plan, to run after any of the given targets.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>Skips the target when the condition is false at planning time; the reason shown is the condition's text.</summary>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>Skips the target when the condition is false right before it would run.</summary>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>What happens to dependencies when a static condition skips this target.</summary>
    ITargetDefinition WhenSkipped(DependencyBehavior behavior);

    /// <summary>
    /// A requirement checked before anything runs: a <c>[Parameter]</c> member that must have a value
    /// (<c>() =&gt; ApiKey</c>) or a condition that must be true (<c>() =&gt; IsTag</c>).
    /// </summary>
    ITargetDefinition Requires<T>(Expression<Func<T>> requirement, [CallerArgumentExpression(nameof(requirement))] string? text = null);

    /// <summary>A tool that must be found before anything runs.</summary>
    ITargetDefinition Requires(params ToolRequirement[] tools);

    /// <summary>Capabilities beyond tools (a Docker daemon, a registry login, ...) that other layers, such as CI generators, read.</summary>
    ITargetDefinition Uses(params Capability[] capabilities);

    /// <summary>
    /// Capabilities computed when they are read (for example from a configuration file), not when the target is
    /// discovered, so a build that never generates CI never reads the file.
    /// </summary>
    ITargetDefinition Uses(Func<IEnumerable<Capability>> capabilities);

    /// <summary>When this target fails, independent targets still run.</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even when an earlier target failed (clean-up, reports).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Hidden from <c>--help</c>.</summary>
    ITargetDefinition Unlisted();

    /// <summary>Paths (relative to the root, globs allowed) this target produces for other targets or CI jobs.</summary>
    ITargetDefinition Produces(params string[] paths);

    /// <summary>This target reads what <paramref name="producer"/> produces; implies a dependency on it.</summary>
    ITargetDefinition Consumes(Target producer, params string[] paths);

    /// <summary>This target reads what a component's target produces; implies a dependency on it.</summary>
    ITargetDefinition Consumes<T>(Func<T, Target> producer, params string[] paths);

    /// <summary>Files (globs relative to the root) whose content decides whether the target is up to date.</summary>
    ITargetDefinition Inputs(params string[] globs);

    /// <summary>Environment variables whose values decide whether the target is up to date.</summary>
    ITargetDefinition InputVariables(params string[] names);

    /// <summary>
    /// A value computed when the check runs that decides whether the target is up to date, such as the commit a
    /// version is derived from. <paramref name="name"/> is what the log says changed.
    /// </summary>
    ITargetDefinition InputValue(string name, Func<string?> value);

    /// <summary>Files (globs relative to the root) that must still exist for the target to count as up to date.</summary>
    ITargetDefinition Outputs(params string[] globs);

    /// <summary>The work; several actions run in order.</summary>
    ITargetDefinition Executes(Action action);

    /// <summary>Asynchronous work; several actions run in order.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Asynchronous work that observes cancellation (Ctrl-C, a failed sibling is not a reason).</summary>
    ITargetDefinition Executes(Func<CancellationToken, Task> action);
}
