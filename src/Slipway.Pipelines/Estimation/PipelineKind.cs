namespace Slipway.Pipelines.Estimation;

/// <summary>The kinds of pipeline run whose cost differs: which jobs run depends on what started the pipeline.</summary>
public enum PipelineKind
{
    /// <summary>A pull request (GitHub) or merge request (GitLab).</summary>
    PullRequest,

    /// <summary>A push to the default branch.</summary>
    DefaultBranch,

    /// <summary>A pushed tag (a release).</summary>
    Tag,
}
