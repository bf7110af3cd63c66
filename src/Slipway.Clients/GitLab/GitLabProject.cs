namespace Slipway.Clients.GitLab;

/// <summary>A project, as <c>GET /projects/:id</c> answers (the fields Slipway uses).</summary>
public sealed record GitLabProject
{
    /// <summary>Numeric id.</summary>
    public required long Id { get; init; }

    /// <summary>Full path, <c>group/sub/name</c>.</summary>
    public required string PathWithNamespace { get; init; }

    /// <summary>The default branch; null for an empty repository.</summary>
    public string? DefaultBranch { get; init; }

    /// <summary>Web page of the project.</summary>
    public string? WebUrl { get; init; }
}
