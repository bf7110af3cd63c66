namespace Slipway.Components.CiGeneration;

/// <summary>What the CI systems' compilers read besides the graph and the attributes; built by <see cref="IGenerateCi"/>.</summary>
/// <param name="ToolVersions">Tool pins from mise's configuration.</param>
/// <param name="GoDependencyFile"><c>go.sum</c> when the module has one, else <c>go.mod</c>: the file keying the Go module cache.</param>
/// <param name="DotNetCacheKeyFiles">Files (globs) keying the NuGet cache: everything that changes the restore of the build program.</param>
public sealed record CiGenerationSettings(
    Tools.MiseConfig ToolVersions,
    string GoDependencyFile,
    IReadOnlyList<string> DotNetCacheKeyFiles)
{
    /// <summary>
    /// The committed file keying caches (<c>.cache-key</c>) when the build writes one, for systems whose cache keys take
    /// few files (GitLab: two); else caches key on the files themselves.
    /// </summary>
    public string? CacheKeyFile { get; init; }

    /// <summary>The file setup-go reads the Go version from without a mise pin: <c>go.mod</c>, or <c>go.work</c> for a workspace without a root module.</summary>
    public string GoVersionFile { get; init; } = "go.mod";

    /// <summary>The project's CI image, for systems whose jobs run in one (GitLab), with what it provides; null when the build has none.</summary>
    public CiJobImage? CiImage { get; init; }

    /// <summary>The build's parameters: secret ones a job's targets require are mapped into that job, and workflows can take others as inputs.</summary>
    public IReadOnlyList<Slipway.Parameters.BuildParameter> Parameters { get; init; } = [];

    /// <summary>
    /// Costs to weigh jobs by, per pipeline key (a workflow's file name, <c>gitlab</c>), for attributes that set
    /// <c>OptimizeJobs</c>; null, or null for a key, when nothing measured them (the structural partition is kept).
    /// </summary>
    public Func<string, PartitionCosts?>? CostsFor { get; init; }

    /// <summary>Optimise every pipeline's partition whatever its attribute says (<c>PlanCi --optimize</c> compares with it).</summary>
    public bool OptimizeEveryPipeline { get; init; }

    /// <summary>
    /// The partition of <paramref name="jobs"/> the settings ask for: optimised when <paramref name="optimize"/> (or every
    /// pipeline is) and costs are known, for <paramref name="runners"/> jobs at once (0: unlimited) unless the costs name a number.
    /// </summary>
    public IReadOnlyList<TargetJob> Partition(IReadOnlyList<TargetJob> jobs, bool optimize, string pipelineKey, string where, int runners = 0)
    {
        if (!optimize && !OptimizeEveryPipeline)
        {
            return jobs;
        }

        if (CostsFor?.Invoke(pipelineKey) is { } costs)
        {
            return PartitionOptimizer.Optimize(jobs, runners > 0 && costs.Runners is null ? costs with { Runners = runners } : costs);
        }

        if (optimize)
        {
            Warnings.Add($"{where} sets OptimizeJobs, but no baseline measures pipeline '{pipelineKey}', so its jobs keep the structural partition. Capture one with ./build.sh CaptureBaseline and commit it.");
        }

        return jobs;
    }

    /// <summary>Warnings the generators found (waste, not errors), in the order found.</summary>
    public List<string> Warnings { get; } = [];
}
