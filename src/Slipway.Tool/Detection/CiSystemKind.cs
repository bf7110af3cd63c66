namespace Slipway.Tool.Detection;

/// <summary>The CI system an existing file belongs to.</summary>
public enum CiSystemKind
{
    /// <summary>A GitHub Actions workflow under <c>.github/workflows</c>.</summary>
    GitHub,

    /// <summary>The <c>.gitlab-ci.yml</c> pipeline.</summary>
    GitLab,
}
