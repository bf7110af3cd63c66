using Slipway.Graph;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// One CI job the partitioner formed from the target graph, before it is dressed for a CI system.
/// </summary>
/// <param name="Id">Job id (the kebab-cased root target name).</param>
/// <param name="Root">The target the job exists for (for a gate: the aggregate).</param>
/// <param name="Targets">Targets the job runs, dependencies first: the root and the dependencies folded into it. Empty for a gate.</param>
/// <param name="Needs">Ids of the jobs that must finish first, in job order.</param>
/// <param name="DownloadsFrom">Ids of the producer jobs whose artifacts the job reads.</param>
/// <param name="IsGate">A fan-in job of an aggregate target: runs nothing, passes when all its needs passed.</param>
public sealed record TargetJob(string Id, TargetNode Root, IReadOnlyList<TargetNode> Targets, IReadOnlyList<string> Needs, IReadOnlyList<string> DownloadsFrom, bool IsGate)
{
    private IReadOnlyList<Capability>? _capabilities;
    private string? _displayName;

    /// <summary>The job's display name: its root target's name, or the names of the jobs merged into it.</summary>
    public string DisplayName { get => _displayName ?? Root.Name; init => _displayName = value; }

    /// <summary>The names of <see cref="Targets"/>, in order.</summary>
    public IReadOnlyList<string> TargetNames => [.. Targets.Select(t => t.Name)];

    /// <summary>The build invocation running exactly <see cref="Targets"/>: bare <c>--skip</c> skips everything not named.</summary>
    public string Command => IsGate ? "" : $"./build.sh {string.Join(' ', TargetNames)} --skip";

    /// <summary>Paths the root produces for other jobs (trailing slashes and <c>./</c> removed).</summary>
    public IReadOnlyList<string> Produces => IsGate ? [] : [.. Root.Definition.Produces.Select(JobPartitioner.NormalizePath)];

    /// <summary>The capabilities of every target, read once (computed ones may read files).</summary>
    public IReadOnlyList<Capability> Capabilities => _capabilities ??= [.. Targets.SelectMany(t => t.Definition.Capabilities)];

    /// <summary>Whether any target of the job requires the tool <paramref name="name"/>.</summary>
    public bool RequiresTool(string name) => Targets.Any(t => t.Definition.Tools.Any(tool => string.Equals(tool.Name, name, StringComparison.Ordinal)));

    /// <summary>Whether any target of the job declares a capability of type <typeparamref name="T"/>.</summary>
    public bool Uses<T>()
        where T : Capability => Capabilities.OfType<T>().Any();
}
