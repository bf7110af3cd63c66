namespace Slipway.Clients.GitHub;

/// <summary>A repository, as <c>GET /repos/{o}/{r}</c> answers (the fields Slipway uses).</summary>
/// <param name="FullName"><c>owner/name</c> as GitHub spells it.</param>
/// <param name="DefaultBranch">The default branch.</param>
/// <param name="HtmlUrl">Web page of the repository.</param>
public sealed record GitHubRepository(string FullName, string DefaultBranch, string? HtmlUrl);
