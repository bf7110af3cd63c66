namespace Slipway.Pipelines.Model;

/// <summary>A pull-request (merge-request) trigger.</summary>
public sealed record PullRequestTrigger
{
    /// <summary>Target branches (globs); empty means pull requests into any branch.</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];

    /// <summary>Only pull requests changing one of these paths (globs) start the pipeline; empty means any change.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
