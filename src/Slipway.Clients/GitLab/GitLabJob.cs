namespace Slipway.Clients.GitLab;

/// <summary>One job of a pipeline, as <c>GET /projects/:id/pipelines/:pipeline_id/jobs</c> lists it.</summary>
public sealed record GitLabJob
{
    /// <summary>Job id.</summary>
    public required long Id { get; init; }

    /// <summary>Job name from <c>.gitlab-ci.yml</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Stage.</summary>
    public string? Stage { get; init; }

    /// <summary>success, failed, skipped, manual...</summary>
    public string? Status { get; init; }

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When a runner started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Seconds it ran, as GitLab computes it.</summary>
    public double? Duration { get; init; }

    /// <summary>Seconds it waited for a runner.</summary>
    public double? QueuedDuration { get; init; }

    /// <summary>Whether a failure of this job fails the pipeline.</summary>
    public bool AllowFailure { get; init; }

    /// <summary>Web page of the job.</summary>
    public string? WebUrl { get; init; }
}
