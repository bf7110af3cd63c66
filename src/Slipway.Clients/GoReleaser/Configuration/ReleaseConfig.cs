namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>The <c>release</c> section.</summary>
public sealed record ReleaseConfig
{
    /// <summary>Where the section starts (the file start when absent).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The SCM named: <c>release.github</c>, <c>gitlab</c> or <c>gitea</c>; null when none is (GoReleaser then follows the git remote).</summary>
    public ScmKind? Kind { get; init; }

    /// <summary>The repository owner named there, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The repository name named there, or null.</summary>
    public string? Name { get; init; }

    /// <summary><c>prerelease</c> (<c>auto</c>, a template or a boolean), or null.</summary>
    public string? Prerelease { get; init; }

    /// <summary><c>draft</c>.</summary>
    public bool Draft { get; init; }

    /// <summary><c>disable</c> (a template or boolean), or null.</summary>
    public string? Disable { get; init; }

    /// <summary><c>skip_upload</c> (a template or boolean), or null.</summary>
    public string? SkipUpload { get; init; }

    /// <summary>True when <see cref="Disable"/> is literally true: no SCM release, no SCM token needed.</summary>
    public bool IsDisabled => ConfigNode.IsTrue(Disable);
}
