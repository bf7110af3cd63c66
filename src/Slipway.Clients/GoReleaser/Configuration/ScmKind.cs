namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>Where GoReleaser creates the release.</summary>
public enum ScmKind
{
    /// <summary>GitHub (the default when the configuration names none).</summary>
    GitHub,

    /// <summary>GitLab (<c>release.gitlab</c>).</summary>
    GitLab,

    /// <summary>Gitea (<c>release.gitea</c>).</summary>
    Gitea,
}
