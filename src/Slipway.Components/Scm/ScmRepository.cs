using Slipway.Components.Timing;

namespace Slipway.Components.Scm;

/// <summary>A repository on a code-hosting system.</summary>
/// <param name="System">GitHub or GitLab.</param>
/// <param name="Name"><c>owner/name</c> on GitHub; the project path or numeric id on GitLab.</param>
public sealed record ScmRepository(CiSystem System, string Name)
{
    /// <summary>Owner and name of a GitHub repository.</summary>
    public (string Owner, string Repo) GitHubParts => Name.Split('/') is [var owner, var repo] ? (owner, repo) : throw new InvalidOperationException($"'{Name}' is not owner/name.");
}
