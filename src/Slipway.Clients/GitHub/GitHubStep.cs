namespace Slipway.Clients.GitHub;

/// <summary>One step of a <see cref="GitHubJob"/>.</summary>
public sealed record GitHubStep
{
    /// <summary>Step name.</summary>
    public required string Name { get; init; }

    /// <summary>1-based position in the job.</summary>
    public int Number { get; init; }

    /// <summary>queued, in_progress or completed.</summary>
    public string? Status { get; init; }

    /// <summary>success, failure, skipped... once completed.</summary>
    public string? Conclusion { get; init; }

    /// <summary>When the step started (GitHub may write it with another UTC offset than the job's; the instant is what counts).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the step completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary><see cref="CompletedAt"/> - <see cref="StartedAt"/>; null unless both are known.</summary>
    public TimeSpan? Duration => CompletedAt - StartedAt;
}
