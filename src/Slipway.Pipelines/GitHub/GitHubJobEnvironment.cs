using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.GitHub;

/// <summary>
/// What a GitHub Actions job gets: its hosted runner's tools and Docker daemon (from the facts), then what each set-up
/// step installs, the registries it logs in to, and the token scopes it is granted.
/// </summary>
internal static class GitHubJobEnvironment
{
    /// <summary>Variables every GitHub job has without mapping them (<c>GITHUB_TOKEN</c> is not one: it must be mapped).</summary>
    internal static bool IsPredefined(string name) =>
        !string.Equals(name, "GITHUB_TOKEN", StringComparison.Ordinal)
        && (name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("RUNNER_", StringComparison.Ordinal) || string.Equals(name, "CI", StringComparison.Ordinal));

    /// <summary>The environment of <paramref name="job"/>.</summary>
    internal static ProvidedEnvironment For(Pipeline pipeline, PipelineJob job, EnvironmentFacts facts)
    {
        var environment = new ProvidedEnvironment($"the runner '{job.Runner}' with the job's set-up steps", Hint);
        if ((pipeline.Runners.GetValueOrDefault(job.Runner) ?? facts.Runners.GetValueOrDefault(job.Runner)) is { } runner)
        {
            environment.AddTools(runner.Tools);
            if (runner.DockerDaemon)
            {
                environment.Add(JobNeed.DockerDaemon);
            }
        }
        else if (job.Requires.Count > 0)
        {
            environment.Problem($"runs on '{job.Runner}', a runner the facts do not describe, so what it provides is unknown. Use a described runner (GitHub: ubuntu-latest) or declare what it provides on the attribute (RunnerProvides).");
        }

        foreach (var setup in job.Setup)
        {
            switch (setup)
            {
                case DotNetSetup:
                    environment.AddTools([JobNeed.DotNetSdk, JobNeed.DotNetRuntime]);
                    break;
                case GoSetup:
                    environment.AddTools(["go", "gofmt"]);
                    break;
                case GoReleaserSetup:
                    environment.AddTools(["goreleaser"]);
                    break;
                case MiseToolsSetup mise:
                    environment.AddTools(mise.Tools);
                    break;
                case DockerBuildxSetup:
                    environment.Add(JobNeed.MultiPlatformBuilder);
                    break;
                case QemuSetup qemu:
                    foreach (var platform in qemu.Platforms)
                    {
                        environment.Add(JobNeed.Emulation(platform));
                    }

                    break;
                case RegistryLoginSetup login:
                    environment.Add(JobNeed.RegistryLogin(login.Registry));
                    break;
                case FullGitHistorySetup:
                    environment.Add(JobNeed.FullHistory);
                    break;
                default:
                    break;
            }
        }

        foreach (var (scope, level) in pipeline.Permissions.Concat(job.Permissions))
        {
            if (level == AccessLevel.Write)
            {
                environment.Add(JobNeed.WritePermission(scope));
            }
        }

        return environment;
    }

    private static string Hint(JobNeed need) => need.Kind switch
    {
        NeedKind.Tool => "Require the tool on a target and pin it in .mise/config.toml, so the job installs it (or add its set-up).",
        NeedKind.DockerDaemon => "Run the job on a hosted Linux runner, which has Docker.",
        NeedKind.MultiPlatformBuilder => "Add a Buildx set-up (docker/setup-buildx-action creates a docker-container builder); the runner's default builder refuses multi-platform builds and attestations.",
        NeedKind.Emulation => "Add a QEMU set-up for that platform.",
        NeedKind.RegistryLogin => "Add a registry login for it (docker/login-action).",
        NeedKind.WritePermission => "Grant it in the job's permissions: an unlisted scope is 'none'.",
        NeedKind.FullHistory => "Fetch the whole history (fetch-depth: 0).",
        _ => "Map it into the job's env, from a secret or a literal.",
    };
}
