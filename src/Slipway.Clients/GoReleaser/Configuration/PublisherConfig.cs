namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// One entry of a publisher that writes to another repository: <c>brews</c>, <c>homebrew_casks</c>, <c>scoops</c>,
/// <c>nix</c>, <c>krews</c>, <c>winget</c> (a repository and its token), or <c>aurs</c>/<c>aur_sources</c> (an SSH git URL and key).
/// </summary>
public sealed record PublisherConfig : ConfigEntry
{
    /// <summary>The section, e.g. <c>brews</c>.</summary>
    public required string Section { get; init; }

    /// <summary><c>name</c>, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The target repository's owner (<c>repository.owner</c>; <c>tap</c>/<c>bucket</c>/<c>index</c> in version 1), or null.</summary>
    public string? RepositoryOwner { get; init; }

    /// <summary>The target repository's name, or null.</summary>
    public string? RepositoryName { get; init; }

    /// <summary><c>repository.token</c> (a template such as <c>{{ .Env.HOMEBREW_TAP_TOKEN }}</c>), or null: GoReleaser then pushes with the release token.</summary>
    public string? Token { get; init; }

    /// <summary><c>repository.git.url</c> or <c>git_url</c>: pushing over SSH, or null.</summary>
    public string? GitUrl { get; init; }

    /// <summary><c>repository.git.private_key</c> or <c>private_key</c> (a template or a path), or null.</summary>
    public string? PrivateKey { get; init; }

    /// <summary><c>skip_upload</c>, or null.</summary>
    public string? SkipUpload { get; init; }

    /// <summary><c>disable</c> (aurs), or null.</summary>
    public string? Disable { get; init; }

    /// <summary><c>owner/name</c>, or null when the repository is not named.</summary>
    public string? Repository => RepositoryOwner is null && RepositoryName is null ? null : $"{RepositoryOwner}/{RepositoryName}";

    /// <summary>True when <see cref="SkipUpload"/> or <see cref="Disable"/> is literally true: nothing is pushed.</summary>
    public bool IsSkipped => ConfigNode.IsTrue(SkipUpload) || ConfigNode.IsTrue(Disable);
}
