namespace Slipway.Tool.Detection;

/// <summary>One job of an existing workflow or pipeline.</summary>
/// <param name="Name">The job's id.</param>
/// <param name="Steps">Its steps in order (GitLab: one per script line).</param>
/// <param name="OnTagsOnly">Whether the job runs only for tags (GitLab rules or only:, GitHub if: on a tag ref).</param>
/// <param name="Image">The image the job runs in (GitLab), or null.</param>
public sealed record CiJob(string Name, IReadOnlyList<CiStep> Steps, bool OnTagsOnly = false, string? Image = null)
{
    /// <summary>Whether any step is of <paramref name="kind"/>.</summary>
    public bool Does(StepKind kind) => Steps.Any(s => s.Kind == kind);
}
