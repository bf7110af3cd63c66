namespace Slipway.Clients.GitHub;

/// <summary>One job of a workflow run, as <c>GET /repos/{o}/{r}/actions/runs/{id}/jobs</c> lists it.</summary>
public sealed record GitHubJob
{
    /// <summary>Job id.</summary>
    public required long Id { get; init; }

    /// <summary>Run the job belongs to.</summary>
    public long RunId { get; init; }

    /// <summary>Display name (the job's <c>name:</c>, or its id; matrix cells add their values).</summary>
    public required string Name { get; init; }

    /// <summary>queued, in_progress, completed...</summary>
    public string? Status { get; init; }

    /// <summary>success, failure, skipped, cancelled... once completed.</summary>
    public string? Conclusion { get; init; }

    /// <summary>When a runner started the job.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the job completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Steps in order, each with its own times.</summary>
    public IReadOnlyList<GitHubStep> Steps { get; init; } = [];

    /// <summary>Runner labels asked for (runs-on).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Runner that ran the job.</summary>
    public string? RunnerName { get; init; }

    /// <summary>Web page of the job.</summary>
    public string? HtmlUrl { get; init; }

    /// <summary><see cref="CompletedAt"/> - <see cref="StartedAt"/> (offsets taken into account); null unless both are known.</summary>
    public TimeSpan? Duration => CompletedAt - StartedAt;
}
