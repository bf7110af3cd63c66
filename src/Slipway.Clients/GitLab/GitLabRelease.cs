namespace Slipway.Clients.GitLab;

/// <summary>A release, as <c>GET /projects/:id/releases</c> lists it (the fields Slipway uses).</summary>
public sealed record GitLabRelease
{
    /// <summary>The tag the release belongs to (its key: one release per tag).</summary>
    public required string TagName { get; init; }

    /// <summary>Title.</summary>
    public string? Name { get; init; }

    /// <summary>Release notes (Markdown).</summary>
    public string? Description { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was (or will be) released.</summary>
    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>Its files: the links to them.</summary>
    public GitLabReleaseAssets? Assets { get; init; }
}
