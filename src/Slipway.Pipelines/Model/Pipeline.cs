namespace Slipway.Pipelines.Model;

/// <summary>
/// One CI pipeline: a GitHub Actions workflow file or the GitLab CI file. Jobs are written in the order given; the
/// DAG between them is expressed only through <see cref="PipelineJob.Needs"/>.
/// </summary>
/// <param name="Name">Display name (GitHub <c>name:</c>; GitLab has no pipeline name in the file).</param>
/// <param name="FilePath">Output path relative to the repository root, e.g. <c>.github/workflows/ci.yml</c>.</param>
/// <param name="Triggers">When the pipeline runs (GitHub <c>on:</c>, GitLab <c>workflow: rules</c>).</param>
/// <param name="Jobs">The jobs, in the order they are written.</param>
public sealed record Pipeline(string Name, string FilePath, PipelineTriggers Triggers, IReadOnlyList<PipelineJob> Jobs)
{
    /// <summary>
    /// Workflow-wide token permissions (GitHub only; GitLab has no equivalent). Least privilege by default:
    /// <c>contents: read</c>. Jobs add extras through <see cref="PipelineJob.Permissions"/>.
    /// </summary>
    public IReadOnlyDictionary<string, AccessLevel> Permissions { get; init; } =
        new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["contents"] = AccessLevel.Read };

    /// <summary>
    /// Workflow-level concurrency (GitHub only). GitLab cancels superseded pipelines through
    /// <see cref="PipelineJob.Interruptible"/> jobs instead. <c>null</c> writes no concurrency block.
    /// </summary>
    public PipelineConcurrency? Concurrency { get; init; } = PipelineConcurrency.PerRefCancellingPullRequests;

    /// <summary>Environment variables for every job (GitHub <c>env:</c>, GitLab <c>variables:</c>), literal values.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Facts of runner labels the shipped facts do not describe (self-hosted runners), declared by the project; read by
    /// the GitHub Actions writer before its own facts.
    /// </summary>
    public IReadOnlyDictionary<string, Environment.ImageFacts> Runners { get; init; } = new Dictionary<string, Environment.ImageFacts>(StringComparer.Ordinal);

    /// <summary>The syntax the pipeline is compiled for (set by its CI system's compiler).</summary>
    public PipelineSyntax Syntax { get; init; } = PipelineSyntax.GitHubActions;

    /// <summary>GitLab CI settings; ignored by the GitHub Actions writer.</summary>
    public GitLabOptions GitLab { get; init; } = new();
}
