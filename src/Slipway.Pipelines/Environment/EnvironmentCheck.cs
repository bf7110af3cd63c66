using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Environment;

/// <summary>
/// Compares what a job needs with what its environment provides, so a job that cannot run is refused when the file is
/// generated rather than on its first push. Shared by every CI system's writer.
/// </summary>
public static class EnvironmentCheck
{
    /// <summary>The SCM token variables GoReleaser reads; it refuses a second one unless <see cref="ForceTokenVariable"/> picks one.</summary>
    public static IReadOnlyList<string> ScmTokenVariables { get; } = ["GITHUB_TOKEN", "GITLAB_TOKEN", "GITEA_TOKEN"];

    /// <summary>The variable that tells GoReleaser which SCM token to use when several are set.</summary>
    public const string ForceTokenVariable = "GORELEASER_FORCE_TOKEN";

    /// <summary>
    /// Every unmet need of <paramref name="job"/>, plus the environment's own problems; a variable counts as set when
    /// the job or pipeline sets it, maps it from a secret, or <paramref name="predefined"/> says the CI system does.
    /// </summary>
    public static IReadOnlyList<string> Problems(Pipeline pipeline, PipelineJob job, ProvidedEnvironment environment, Func<string, bool> predefined)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(predefined);
        var problems = new List<string>(environment.Problems.Select(p => $"Job '{job.Id}': {p}"));
        var variables = pipeline.Environment.Keys.Concat(job.Environment.Keys).Concat(job.Secrets.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var need in job.Requires.Distinct())
        {
            var met = need.Kind is NeedKind.Variable or NeedKind.ScmToken
                ? variables.Contains(need.Subject) || predefined(need.Subject)
                : environment.Has(need);
            if (!met)
            {
                problems.Add($"Job '{job.Id}' needs {need}, which {environment.Description} does not provide. {environment.Hint(need)}");
            }
        }

        var tokens = ScmTokenVariables.Where(variables.Contains).ToList();
        if (job.Requires.Any(n => n.Kind == NeedKind.ScmToken) && tokens.Count > 1 && !variables.Contains(ForceTokenVariable))
        {
            problems.Add($"Job '{job.Id}' sets {string.Join(" and ", tokens)}: GoReleaser stops with \"multiple tokens found\" unless {ForceTokenVariable} names the one to use. Set {ForceTokenVariable} (github, gitlab or gitea) or map one token only.");
        }

        return problems;
    }
}
