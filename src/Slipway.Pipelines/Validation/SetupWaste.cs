using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Validation;

/// <summary>
/// Set-up a job prepares that none of its needs asks for (Buildx where the Engine API is used, a login that is never
/// used, a Docker-in-Docker service nobody talks to): it costs time on every run. Warnings, not errors.
/// </summary>
public static class SetupWaste
{
    /// <summary>One warning per set-up of a job that declares its needs but none of them asks for that set-up.</summary>
    public static IReadOnlyList<string> Find(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var warnings = new List<string>();
        foreach (var job in pipeline.Jobs.Where(j => j.Requires.Count > 0))
        {
            var needs = job.Requires.ToHashSet();
            foreach (var setup in job.Setup.Where(s => !Wanted(s, needs)))
            {
                warnings.Add($"{pipeline.FilePath}: job '{job.Id}' sets up {Describe(setup)}, but none of its targets needs it; it only costs time. Remove it.");
            }

            if (job.NeedsDockerDaemon && !needs.Contains(JobNeed.DockerDaemon))
            {
                warnings.Add($"{pipeline.FilePath}: job '{job.Id}' starts a Docker daemon service, but none of its targets talks to Docker; it only costs time. Remove it.");
            }
        }

        return warnings;
    }

    private static bool Wanted(SetupRequirement setup, HashSet<JobNeed> needs) => setup switch
    {
        DockerBuildxSetup => needs.Contains(JobNeed.MultiPlatformBuilder),
        QemuSetup qemu => qemu.Platforms.Any(p => needs.Contains(JobNeed.Emulation(p))),
        RegistryLoginSetup login => needs.Contains(JobNeed.RegistryLogin(login.Registry)),
        GoSetup => needs.Contains(JobNeed.Tool("go")) || needs.Contains(JobNeed.Tool("gofmt")),
        GoReleaserSetup => needs.Contains(JobNeed.Tool("goreleaser")),
        MiseToolsSetup mise => mise.Tools.Any(t => needs.Contains(JobNeed.Tool(t))),
        FullGitHistorySetup => needs.Contains(JobNeed.FullHistory),
        _ => true, // .NET: every job runs the build program.
    };

    private static string Describe(SetupRequirement setup) => setup switch
    {
        DockerBuildxSetup => "Docker Buildx",
        QemuSetup qemu => $"QEMU ({string.Join(", ", qemu.Platforms)})",
        RegistryLoginSetup login => $"a login to {login.Registry}",
        GoSetup => "Go",
        GoReleaserSetup => "GoReleaser",
        MiseToolsSetup mise => string.Join(", ", mise.Tools),
        FullGitHistorySetup => "the full git history",
        _ => setup.GetType().Name,
    };
}
