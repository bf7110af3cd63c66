namespace Slipway.Tool.Detection;

/// <summary>One job of an existing workflow or pipeline.</summary>
/// <param name="Name">The job's id.</param>
/// <param name="Steps">Its steps in order (GitLab: one per script line).</param>
/// <param name="OnTagsOnly">Whether the job runs only for tags (GitLab rules or only:, GitHub if: on a tag ref).</param>
/// <param name="Image">The image the job runs in (GitLab), or null.</param>
public sealed record CiJob(string Name, IReadOnlyList<CiStep> Steps, bool OnTagsOnly = false, string? Image = null)
{
    /// <summary>The tag globs of the job's own rules (GitLab), e.g. <c>v*</c> for <c>$CI_COMMIT_TAG =~ /^v\d+/</c>; empty when it has none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether any step is of <paramref name="kind"/>.</summary>
    public bool Does(StepKind kind) => Steps.Any(s => s.Kind == kind);
}
