namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>Where a release is published.</summary>
public enum ScmKind
{
    /// <summary>GitHub (or GitHub Enterprise).</summary>
    GitHub,

    /// <summary>GitLab.</summary>
    GitLab,

    /// <summary>Gitea (and Forgejo).</summary>
    Gitea,
}
