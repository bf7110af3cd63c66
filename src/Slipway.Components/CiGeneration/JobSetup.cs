using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>Derives what a job prepares, and the token scopes it gets, from the tools and capabilities of its targets.</summary>
internal static class JobSetup
{
    /// <summary>Tool names targets require (plain executable names).</summary>
    internal const string Go = "go";

    /// <summary>GoReleaser's executable name.</summary>
    internal const string GoReleaser = "goreleaser";

    /// <summary>The docker CLI's executable name.</summary>
    internal const string Docker = "docker";

    /// <summary>
    /// The setup of <paramref name="job"/>: Go when a target requires <c>go</c> (pinned version), GoReleaser and full
    /// history only where GoReleaser runs, Buildx, QEMU and registry login only for the matching capabilities.
    /// .NET is added by the caller where the CI system needs it.
    /// </summary>
    internal static List<SetupRequirement> For(TargetJob job, CiGenerationSettings settings, RegistryLoginSetup login)
    {
        var setup = new List<SetupRequirement>();
        var who = $"Target(s) {string.Join(", ", job.Targets.Select(t => t.Name))} of job '{job.Id}'";
        if (job.RequiresTool(Go))
        {
            setup.Add(new GoSetup(settings.ToolVersions.Require(Go, who), settings.GoDependencyFile));
        }

        if (job.RequiresTool(GoReleaser))
        {
            var version = settings.ToolVersions.Require(GoReleaser, who);
            setup.Add(new GoReleaserSetup(version.StartsWith('v') ? version : "v" + version));
            setup.Add(new FullGitHistorySetup());
        }

        // Other required tools pinned in mise (golangci-lint, actionlint, ...) come through mise at their pins.
        var pinned = job.Targets.SelectMany(t => t.Definition.Tools)
            .Where(t => !t.Optional && t.Name is not (Go or GoReleaser or Docker) && settings.ToolVersions.VersionOf(t.Name) is not null)
            .Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (pinned.Count > 0)
        {
            setup.Add(new MiseToolsSetup(pinned));
        }

        if (job.Uses(CiCapabilities.Qemu))
        {
            setup.Add(new QemuSetup(settings.QemuPlatforms));
        }

        if (job.Uses(CiCapabilities.DockerBuild))
        {
            setup.Add(new DockerBuildxSetup());
        }

        if (job.Uses(CiCapabilities.RegistryPush))
        {
            setup.Add(login);
        }

        return setup;
    }

    /// <summary>GitHub token scopes beyond <c>contents: read</c>: packages for pushes, contents for releases.</summary>
    internal static Dictionary<string, AccessLevel> Permissions(TargetJob job)
    {
        var permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal);
        if (job.Uses(CiCapabilities.RegistryPush))
        {
            permissions["packages"] = AccessLevel.Write;
        }

        if (job.Uses(CiCapabilities.ReleasePublish))
        {
            permissions["contents"] = AccessLevel.Write;
        }

        return permissions;
    }

    /// <summary>Whether the job publishes something, so it must never be cancelled half-way.</summary>
    internal static bool Publishes(TargetJob job) => job.Uses(CiCapabilities.ReleasePublish) || job.Uses(CiCapabilities.RegistryPush);

    /// <summary>Whether the job talks to a Docker daemon (GitLab adds a Docker-in-Docker service).</summary>
    internal static bool NeedsDockerDaemon(TargetJob job) => job.Uses(CiCapabilities.DockerBuild) || job.RequiresTool(Docker);
}
