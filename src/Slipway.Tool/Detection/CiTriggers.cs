namespace Slipway.Tool.Detection;

/// <summary>When an existing workflow or pipeline runs.</summary>
public sealed record CiTriggers
{
    /// <summary>Branch globs of push events (GitLab: the default branch as <c>$CI_DEFAULT_BRANCH</c>).</summary>
    public IReadOnlyList<string> PushBranches { get; init; } = [];

    /// <summary>Tag globs of push events.</summary>
    public IReadOnlyList<string> PushTags { get; init; } = [];

    /// <summary>Pull requests (GitLab: merge requests).</summary>
    public bool PullRequests { get; init; }

    /// <summary>Started by hand (workflow_dispatch; GitLab: web).</summary>
    public bool Manual { get; init; }

    /// <summary>Cron schedules.</summary>
    public IReadOnlyList<string> Schedules { get; init; } = [];

    /// <summary>Called by another workflow (workflow_call).</summary>
    public bool Called { get; init; }

    /// <summary>Events Slipway's attributes have no trigger for (release, merge_group, issue_comment...).</summary>
    public IReadOnlyList<string> Other { get; init; } = [];
}
