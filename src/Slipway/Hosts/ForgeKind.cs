namespace Slipway.Hosts;

/// <summary>Which forge hosts the repository a CI run builds (where its releases and tokens belong).</summary>
public enum ForgeKind
{
    /// <summary>None known (a developer's terminal).</summary>
    None,

    /// <summary>GitHub.</summary>
    GitHub,

    /// <summary>GitLab.</summary>
    GitLab,

    /// <summary>Gitea or Forgejo.</summary>
    Gitea,
}
