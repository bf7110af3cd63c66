using System.Linq.Expressions;

namespace Slipway.Definition;

/// <summary>What a <see cref="Target"/> delegate declared about itself; filled once at discovery, read-only afterwards.</summary>
public sealed class TargetDefinition : ITargetDefinition
{
    private readonly object? _build;
    private readonly List<TargetReference> _dependsOn = [];
    private readonly List<TargetReference> _dependentFor = [];
    private readonly List<TargetReference> _after = [];
    private readonly List<TargetReference> _before = [];
    private readonly List<TargetReference> _triggers = [];
    private readonly List<TargetReference> _triggeredBy = [];
    private readonly List<(TargetReference Producer, string[] Paths)> _consumes = [];
    private readonly List<TargetCondition> _staticConditions = [];
    private readonly List<TargetCondition> _dynamicConditions = [];
    private readonly List<TargetRequirement> _requirements = [];
    private readonly List<ToolRequirement> _tools = [];
    private readonly List<Func<IEnumerable<Capability>>> _capabilities = [];
    private readonly List<string> _produces = [];
    private readonly List<string> _inputs = [];
    private readonly List<string> _inputVariables = [];
    private readonly List<string> _outputs = [];
    private readonly List<(string Name, Func<string?> Value)> _inputValues = [];
    private readonly List<Func<CancellationToken, Task>> _actions = [];

    /// <summary>A definition of a target of <paramref name="build"/> (the instance <see cref="ITargetDefinition.Inherit{T}"/> calls into).</summary>
    public TargetDefinition(object? build = null) => _build = build;

    /// <summary>The description, or empty.</summary>
    public string Description { get; private set; } = "";

    /// <summary>Declared dependencies, unresolved.</summary>
    public IReadOnlyList<TargetReference> DependsOn => _dependsOn;

    /// <summary>Targets this one is a dependency of, unresolved.</summary>
    public IReadOnlyList<TargetReference> DependentFor => _dependentFor;

    /// <summary>Ordering-only predecessors.</summary>
    public IReadOnlyList<TargetReference> After => _after;

    /// <summary>Ordering-only successors.</summary>
    public IReadOnlyList<TargetReference> Before => _before;

    /// <summary>Targets added after this one.</summary>
    public IReadOnlyList<TargetReference> Triggers => _triggers;

    /// <summary>Targets that add this one.</summary>
    public IReadOnlyList<TargetReference> TriggeredBy => _triggeredBy;

    /// <summary>Producers whose artifacts this target reads, with the paths it reads.</summary>
    public IReadOnlyList<(TargetReference Producer, string[] Paths)> Consumes => _consumes;

    /// <summary>Conditions evaluated at planning time.</summary>
    public IReadOnlyList<TargetCondition> StaticConditions => _staticConditions;

    /// <summary>Conditions evaluated right before running.</summary>
    public IReadOnlyList<TargetCondition> DynamicConditions => _dynamicConditions;

    /// <summary>Dependency behaviour when skipped.</summary>
    public DependencyBehavior SkippedDependencyBehavior { get; private set; }

    /// <summary>Parameter and condition requirements.</summary>
    public IReadOnlyList<TargetRequirement> Requirements => _requirements;

    /// <summary>Required tools.</summary>
    public IReadOnlyList<ToolRequirement> Tools => _tools;

    /// <summary>Declared capabilities; computed ones are evaluated on each read.</summary>
    public IReadOnlyList<Capability> Capabilities => [.. _capabilities.SelectMany(c => c())];

    /// <summary>Independent targets proceed when this one fails.</summary>
    public bool ProceedsAfterFailure { get; private set; }

    /// <summary>Runs even after a failure.</summary>
    public bool IsAssured { get; private set; }

    /// <summary>Hidden from help.</summary>
    public bool IsUnlisted { get; private set; }

    /// <summary>Produced paths.</summary>
    public IReadOnlyList<string> Produces => _produces;

    /// <summary>Input globs for up-to-date checks.</summary>
    public IReadOnlyList<string> Inputs => _inputs;

    /// <summary>Input environment variables for up-to-date checks.</summary>
    public IReadOnlyList<string> InputVariables => _inputVariables;

    /// <summary>Computed input values for up-to-date checks.</summary>
    public IReadOnlyList<(string Name, Func<string?> Value)> InputValues => _inputValues;

    /// <summary>Output globs for up-to-date checks.</summary>
    public IReadOnlyList<string> Outputs => _outputs;

    /// <summary>The actions, in order.</summary>
    public IReadOnlyList<Func<CancellationToken, Task>> Actions => _actions;

    ITargetDefinition ITargetDefinition.Inherit<T>(Expression<Func<T, Target>> target) =>
        DefaultImplementation.Of(_build ?? throw new InvalidOperationException("This definition belongs to no build instance, so it cannot inherit."), target)(this);

    ITargetDefinition ITargetDefinition.Description(string description) => Set(() => Description = description);

    ITargetDefinition ITargetDefinition.DependsOn(params Target[] targets) => Add(_dependsOn, targets);

    ITargetDefinition ITargetDefinition.DependsOn<T>(Func<T, Target> target) => Set(() => _dependsOn.Add(TargetReference.Of(target)));

    ITargetDefinition ITargetDefinition.TryDependsOn<T>(Func<T, Target> target) => Set(() => _dependsOn.Add(TargetReference.IfImplemented(target)));

    ITargetDefinition ITargetDefinition.DependentFor(params Target[] targets) => Add(_dependentFor, targets);

    ITargetDefinition ITargetDefinition.DependentFor<T>(Func<T, Target> target) => Set(() => _dependentFor.Add(TargetReference.Of(target)));

    ITargetDefinition ITargetDefinition.After(params Target[] targets) => Add(_after, targets);

    ITargetDefinition ITargetDefinition.After<T>(Func<T, Target> target) => Set(() => _after.Add(TargetReference.IfImplemented(target)));

    ITargetDefinition ITargetDefinition.Before(params Target[] targets) => Add(_before, targets);

    ITargetDefinition ITargetDefinition.Triggers(params Target[] targets) => Add(_triggers, targets);

    ITargetDefinition ITargetDefinition.TriggeredBy(params Target[] targets) => Add(_triggeredBy, targets);

    ITargetDefinition ITargetDefinition.OnlyWhenStatic(Func<bool> condition, string? text) =>
        Set(() => _staticConditions.Add(new TargetCondition(condition, text ?? "condition")));

    ITargetDefinition ITargetDefinition.OnlyWhenDynamic(Func<bool> condition, string? text) =>
        Set(() => _dynamicConditions.Add(new TargetCondition(condition, text ?? "condition")));

    ITargetDefinition ITargetDefinition.WhenSkipped(DependencyBehavior behavior) => Set(() => SkippedDependencyBehavior = behavior);

    ITargetDefinition ITargetDefinition.Requires<T>(Expression<Func<T>> requirement, string? text) =>
        Set(() => _requirements.Add(new TargetRequirement(requirement, text ?? requirement.ToString())));

    ITargetDefinition ITargetDefinition.Requires(params ToolRequirement[] tools) => Set(() => _tools.AddRange(tools));

    ITargetDefinition ITargetDefinition.Uses(params Capability[] capabilities) => Set(() => _capabilities.Add(() => capabilities));

    ITargetDefinition ITargetDefinition.Uses(Func<IEnumerable<Capability>> capabilities) => Set(() => _capabilities.Add(capabilities));

    ITargetDefinition ITargetDefinition.ProceedAfterFailure() => Set(() => ProceedsAfterFailure = true);

    ITargetDefinition ITargetDefinition.AssuredAfterFailure() => Set(() => IsAssured = true);

    ITargetDefinition ITargetDefinition.Unlisted() => Set(() => IsUnlisted = true);

    ITargetDefinition ITargetDefinition.Produces(params string[] paths) => Set(() => _produces.AddRange(paths));

    ITargetDefinition ITargetDefinition.Consumes(Target producer, params string[] paths) =>
        Set(() => _consumes.Add((TargetReference.Of(producer), paths)));

    ITargetDefinition ITargetDefinition.Consumes<T>(Func<T, Target> producer, params string[] paths) =>
        Set(() => _consumes.Add((TargetReference.Of(producer), paths)));

    ITargetDefinition ITargetDefinition.Inputs(params string[] globs) => Set(() => _inputs.AddRange(globs));

    ITargetDefinition ITargetDefinition.InputVariables(params string[] names) => Set(() => _inputVariables.AddRange(names));

    ITargetDefinition ITargetDefinition.InputValue(string name, Func<string?> value) => Set(() => _inputValues.Add((name, value)));

    ITargetDefinition ITargetDefinition.Outputs(params string[] globs) => Set(() => _outputs.AddRange(globs));

    ITargetDefinition ITargetDefinition.Executes(Action action) => Set(() => _actions.Add(_ =>
    {
        action();
        return Task.CompletedTask;
    }));

    ITargetDefinition ITargetDefinition.Executes(Func<Task> action) => Set(() => _actions.Add(_ => action()));

    ITargetDefinition ITargetDefinition.Executes(Func<CancellationToken, Task> action) => Set(() => _actions.Add(action));

    private TargetDefinition Set(Action change)
    {
        change();
        return this;
    }

    private TargetDefinition Add(List<TargetReference> list, Target[] targets) =>
        Set(() => list.AddRange(targets.Select(TargetReference.Of)));
}
