namespace Slipway.Clients.GitLab;

/// <summary>A branch, as <c>GET /projects/:id/repository/branches</c> lists it (its name is all Slipway reads).</summary>
public sealed record GitLabBranch
{
    /// <summary>Branch name.</summary>
    public required string Name { get; init; }
}
