namespace Slipway.Pipelines.Model;

/// <summary>Which pipelines a <see cref="JobRule"/> matches.</summary>
public enum RuleRef
{
    /// <summary>Every pipeline.</summary>
    Any,

    /// <summary>Merge-request (pull-request) pipelines.</summary>
    MergeRequest,

    /// <summary>Pushes to branches matching <see cref="JobRule.Pattern"/>.</summary>
    Branch,

    /// <summary>Pipelines of the default branch.</summary>
    DefaultBranch,

    /// <summary>Tags matching <see cref="JobRule.Pattern"/> (any tag when it is null).</summary>
    Tag,

    /// <summary>Scheduled pipelines.</summary>
    Schedule,

    /// <summary>Pipelines started by hand (GitLab web pipelines, GitHub workflow_dispatch).</summary>
    Manual,
}
