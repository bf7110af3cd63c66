namespace Slipway.Tool.Planning;

/// <summary>The build <c>slipway init</c> writes: the components, the CI it generates, and what becomes of the existing CI.</summary>
public sealed record BuildPlan
{
    /// <summary>The component interfaces the build class implements, e.g. <c>IValidateRelease</c>.</summary>
    public required IReadOnlyList<string> Components { get; init; }

    /// <summary>The target <c>./build.sh</c> runs without arguments.</summary>
    public required TargetRef DefaultTarget { get; init; }

    /// <summary>The generated workflows and GitLab job groups.</summary>
    public IReadOnlyList<PipelinePlan> Pipelines { get; init; } = [];

    /// <summary>The GitLab pipeline file when it is not <c>.gitlab-ci.yml</c> (a hand-written one is there), else null.</summary>
    public string? GitLabFile { get; init; }

    /// <summary>Tool versions CI sets up where mise pins none, from the existing CI's steps (tool to version).</summary>
    public IReadOnlyDictionary<string, string> CiToolVersions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether tools come from mise (the repository pins them): the build uses the mise tool locator.</summary>
    public bool UsesMise { get; init; }

    /// <summary>One entry per existing CI file.</summary>
    public IReadOnlyList<Migration> Migrations { get; init; } = [];

    /// <summary>What the user should do or know, each a sentence (pin a tool, change Dockerfile.ci, call the release workflow...).</summary>
    public IReadOnlyList<string> Advice { get; init; } = [];
}
