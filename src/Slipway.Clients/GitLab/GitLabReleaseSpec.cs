namespace Slipway.Clients.GitLab;

/// <summary>What <see cref="GitLabReleasesClient.CreateReleaseAsync"/> creates.</summary>
public sealed record GitLabReleaseSpec
{
    /// <summary>The tag; created at <see cref="Ref"/> when it does not exist.</summary>
    public required string TagName { get; init; }

    /// <summary>Commit, branch or tag the tag is created at; needed when the tag does not exist.</summary>
    public string? Ref { get; init; }

    /// <summary>Title; GitLab uses the tag when null.</summary>
    public string? Name { get; init; }

    /// <summary>Release notes (Markdown).</summary>
    public string? Description { get; init; }

    /// <summary>Links to the release's files, created with it.</summary>
    public IReadOnlyList<GitLabReleaseLinkSpec> Links { get; init; } = [];
}
