namespace Slipway.Components.Timing;

/// <summary>A CI service a baseline is captured from (<c>--baseline-system</c>).</summary>
public enum CiSystem
{
    /// <summary>GitHub Actions, over the GitHub REST API.</summary>
    GitHub,

    /// <summary>GitLab CI, over the GitLab REST API v4.</summary>
    GitLab,
}
