namespace Slipway.Pipelines.Model;

/// <summary>Which file syntax a pipeline is written in, so planning and baselines need not guess from its path.</summary>
public enum PipelineSyntax
{
    /// <summary>A GitHub Actions workflow (also what Forgejo Actions reads).</summary>
    GitHubActions,

    /// <summary>The GitLab CI file.</summary>
    GitLabCi,
}
