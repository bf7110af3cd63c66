namespace Slipway.Pipelines.Environment;

/// <summary>
/// What one job gets where it runs, as a CI system's environment model computed it: the runner or image, its set-up
/// steps and services, its variables. <see cref="EnvironmentCheck"/> compares it with the job's needs.
/// </summary>
/// <param name="Description">Where the job runs, in words (<c>image 'alpine:3.23'</c>), for messages.</param>
/// <param name="Hint">What to do when a need of a given kind is missing in this CI system.</param>
public sealed class ProvidedEnvironment(string Description, Func<JobNeed, string> Hint)
{
    private readonly HashSet<JobNeed> _provides = [];
    private readonly List<string> _problems = [];

    /// <summary>Where the job runs, in words.</summary>
    public string Description { get; } = Description;

    /// <summary>What to do about a missing need.</summary>
    public Func<JobNeed, string> Hint { get; } = Hint;

    /// <summary>The needs this environment meets.</summary>
    public IReadOnlySet<JobNeed> Provides => _provides;

    /// <summary>Problems found while computing it (an unknown image, a set-up step whose prerequisites are missing).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records that the environment meets <paramref name="need"/>.</summary>
    public void Add(JobNeed need) => _provides.Add(need);

    /// <summary>Records that the environment has the executables <paramref name="tools"/>.</summary>
    public void AddTools(IEnumerable<string> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        foreach (var tool in tools)
        {
            _provides.Add(JobNeed.Tool(tool));
        }
    }

    /// <summary>Whether the environment meets <paramref name="need"/>.</summary>
    public bool Has(JobNeed need) => _provides.Contains(need);

    /// <summary>Records a problem.</summary>
    public void Problem(string message) => _problems.Add(message);
}
