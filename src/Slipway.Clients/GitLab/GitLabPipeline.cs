namespace Slipway.Clients.GitLab;

/// <summary>One pipeline, as <c>GET /projects/:id/pipelines</c> lists it.</summary>
public sealed record GitLabPipeline
{
    /// <summary>Pipeline id (instance-wide).</summary>
    public required long Id { get; init; }

    /// <summary>Pipeline number within the project.</summary>
    public long Iid { get; init; }

    /// <summary>Project id.</summary>
    public long ProjectId { get; init; }

    /// <summary>Commit.</summary>
    public string? Sha { get; init; }

    /// <summary>Branch or tag.</summary>
    public string? Ref { get; init; }

    /// <summary>success, failed, running...</summary>
    public string? Status { get; init; }

    /// <summary>push, merge_request_event, schedule...</summary>
    public string? Source { get; init; }

    /// <summary>When the pipeline was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last update.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Web page of the pipeline.</summary>
    public string? WebUrl { get; init; }
}
