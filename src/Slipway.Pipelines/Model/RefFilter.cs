namespace Slipway.Pipelines.Model;

/// <summary>Which refs a job runs for, inside a pipeline that was started.</summary>
public enum RefFilter
{
    /// <summary>Every ref the pipeline runs for.</summary>
    Any,

    /// <summary>Only tag pipelines (GitHub <c>startsWith(github.ref, 'refs/tags/')</c>, GitLab <c>$CI_COMMIT_TAG</c>).</summary>
    Tags,

    /// <summary>Only pipelines of the default branch.</summary>
    DefaultBranch,
}
