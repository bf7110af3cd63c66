namespace Slipway.Clients.GitHub;

/// <summary>One workflow run, as <c>GET /repos/{o}/{r}/actions/workflows/{file}/runs</c> lists it (fields used by Slipway).</summary>
public sealed record GitHubWorkflowRun
{
    /// <summary>Run id.</summary>
    public required long Id { get; init; }

    /// <summary>Workflow name.</summary>
    public string? Name { get; init; }

    /// <summary>Branch the run was for.</summary>
    public string? HeadBranch { get; init; }

    /// <summary>Commit the run was for.</summary>
    public string? HeadSha { get; init; }

    /// <summary>Triggering event (push, pull_request...).</summary>
    public string? Event { get; init; }

    /// <summary>queued, in_progress or completed.</summary>
    public string? Status { get; init; }

    /// <summary>success, failure, cancelled... once completed.</summary>
    public string? Conclusion { get; init; }

    /// <summary>Attempt number (re-runs increment it).</summary>
    public int RunAttempt { get; init; } = 1;

    /// <summary>When the run was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last update; the completion time once <see cref="Status"/> is completed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the current attempt started.</summary>
    public DateTimeOffset? RunStartedAt { get; init; }

    /// <summary>Web page of the run.</summary>
    public string? HtmlUrl { get; init; }

    /// <summary>Runs have no <c>completed_at</c>: <see cref="UpdatedAt"/> serves once the run is completed.</summary>
    public DateTimeOffset? CompletedAt => string.Equals(Status, "completed", StringComparison.Ordinal) ? UpdatedAt : null;
}
