namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>
/// A publisher that pushes to a repository other than the one released (a Homebrew tap, a Scoop bucket, a winget fork,
/// a Nix or Krew index) and the token it pushes with. The workflow's own token cannot push to another repository.
/// </summary>
/// <param name="Publisher">The configuration path, e.g. <c>brews[0]</c>.</param>
/// <param name="Repository">The target repository (<c>owner/name</c>), or null when not named.</param>
/// <param name="Variable">The environment variable holding the token (<c>HOMEBREW_TAP_TOKEN</c> from <c>{{ .Env.HOMEBREW_TAP_TOKEN }}</c>); for a publisher that
/// names no token, the release's SCM token variable, which then must be a token that can push to the other repository.</param>
/// <param name="Explicit">True when the configuration names the token; false when GoReleaser falls back to the release token.</param>
/// <param name="Ssh">True for publishers pushing over SSH (<c>aurs</c>, <c>repository.git.url</c>): <see cref="Variable"/> then holds the private key.</param>
public sealed record RepositoryToken(string Publisher, string? Repository, string Variable, bool Explicit, bool Ssh);
