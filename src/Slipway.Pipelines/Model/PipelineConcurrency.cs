namespace Slipway.Pipelines.Model;

/// <summary>GitHub Actions workflow concurrency: one running workflow per group.</summary>
/// <param name="Group">The group expression; groups are repository-wide, so it must include the workflow.</param>
/// <param name="CancelInProgress">A literal <c>true</c>/<c>false</c> or an expression deciding whether a newer run cancels an older one.</param>
public sealed record PipelineConcurrency(string Group, string CancelInProgress)
{
    /// <summary>One run per workflow and ref; a newer pull-request run cancels the older one, pushes queue.</summary>
    public static PipelineConcurrency PerRefCancellingPullRequests { get; } =
        new("${{ github.workflow }}-${{ github.ref }}", "${{ github.event_name == 'pull_request' }}");

    /// <summary>One run per workflow and ref, never cancelled (release workflows must not stop half-way).</summary>
    public static PipelineConcurrency PerRefNeverCancelled { get; } = new("${{ github.workflow }}-${{ github.ref }}", "false");
}
