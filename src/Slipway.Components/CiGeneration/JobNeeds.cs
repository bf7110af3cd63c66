using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// What a job needs from where it runs, derived from its targets: bash and .NET for <c>./build.sh</c>, the tools the
/// targets require, and what their capabilities ask for. Registry logins are the CI system's to map
/// (<see cref="RegistryAccess"/>); everything else means the same on every system.
/// </summary>
internal static class JobNeeds
{
    /// <summary>Tool names targets require (plain executable names).</summary>
    internal const string Go = "go";

    /// <summary>GoReleaser's executable name.</summary>
    internal const string GoReleaser = "goreleaser";

    /// <summary>
    /// The needs of <paramref name="job"/>; <paramref name="dotNet"/> is <see cref="JobNeed.DotNetSdk"/> where the job
    /// compiles the build program, <see cref="JobNeed.DotNetRuntime"/> where it starts a prebuilt one; releases without
    /// a configured SCM publish on <paramref name="host"/>.
    /// </summary>
    internal static List<JobNeed> For(TargetJob job, string dotNet, ScmKind host, IReadOnlyList<Slipway.Parameters.BuildParameter> parameters)
    {
        var needs = new List<JobNeed> { JobNeed.Tool(JobNeed.Bash), JobNeed.Tool(dotNet) };

        // A [Secret] parameter a target requires reaches the job that runs it, and only that job.
        foreach (var requirement in job.Targets.SelectMany(t => t.Definition.Requirements))
        {
            if (requirement.MemberName is { } member && parameters.FirstOrDefault(p => p.IsSecret && string.Equals(p.Member.Name, member, StringComparison.Ordinal)) is { } secret)
            {
                needs.Add(JobNeed.Variable(secret.EnvironmentName));
            }
        }

        foreach (var tool in job.Targets.SelectMany(t => t.Definition.Tools).Where(t => !t.Optional))
        {
            needs.Add(JobNeed.Tool(Tools.KnownTools.MiseToolFor(tool.Name)));
        }

        if (job.RequiresTool(GoReleaser) || job.Uses<ReadsGitHistory>())
        {
            needs.Add(JobNeed.FullHistory);
        }

        foreach (var capability in job.Capabilities)
        {
            switch (capability)
            {
                case UsesDockerDaemon:
                    needs.Add(JobNeed.DockerDaemon);
                    break;
                case BuildsMultiPlatformImages:
                    needs.AddRange([JobNeed.DockerDaemon, JobNeed.Tool(JobNeed.DockerCli), JobNeed.Tool(JobNeed.BuildxPlugin), JobNeed.MultiPlatformBuilder]);
                    break;
                case EmulatesPlatforms emulation:
                    needs.AddRange(emulation.Platforms.Select(JobNeed.Emulation));
                    break;
                case ReadsRegistryCredentials:
                    needs.AddRange([JobNeed.Variable(ReadsRegistryCredentials.UsernameVariable), JobNeed.Variable(ReadsRegistryCredentials.PasswordVariable)]);
                    break;
                case PublishesRelease release:
                    needs.AddRange([JobNeed.ScmToken(PublishesRelease.TokenVariable(release.Scm ?? host)), JobNeed.WritePermission("contents")]);
                    break;
                case ManagesReleases:
                    needs.AddRange([JobNeed.Variable(PublishesRelease.TokenVariable(host)), JobNeed.WritePermission("contents")]);
                    break;
                case ReadsSecret secret:
                    needs.Add(JobNeed.Variable(secret.Variable));
                    break;
                case GoReleaserPro:
                    needs.Add(JobNeed.Variable(GoReleaserPro.KeyVariable));
                    break;
                case RunsTools tools:
                    needs.AddRange(tools.Tools.Select(JobNeed.Tool));
                    break;
                case NeedsWritePermission permission:
                    needs.Add(JobNeed.WritePermission(permission.Scope));
                    break;
                case CompilesDotNet:
                    needs.Add(JobNeed.Tool(JobNeed.DotNetSdk));
                    break;
                case PublishesHostPackages when host == ScmKind.GitHub:
                    needs.AddRange([JobNeed.Variable(PublishesHostPackages.GitHubTokenVariable), JobNeed.WritePermission("packages")]);
                    break;
                default:
                    break; // LogsInToRegistry is mapped per CI system; BuildsCiImage marks the job; host packages elsewhere need no token of their own.
            }
        }

        return [.. needs.Distinct()];
    }

    /// <summary>The registries the job's docker CLI logs in to, given the pipeline's declared variables.</summary>
    internal static IReadOnlyList<string> Registries(TargetJob job, IReadOnlyDictionary<string, string> variables) =>
        [.. job.Capabilities.OfType<LogsInToRegistry>().SelectMany(r => r.Registries(variables)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The Docker set-up the needs ask for, the same on every system: QEMU for foreign-platform RUN steps, a
    /// multi-platform Buildx builder, and one docker CLI login per registry (added to <paramref name="needs"/>, with
    /// the token scope the system's <paramref name="access"/> says the push takes).
    /// </summary>
    internal static List<Pipelines.Model.SetupRequirement> DockerSetup(List<JobNeed> needs, TargetJob job, IReadOnlyDictionary<string, string> variables, Func<string, RegistryAccess> access)
    {
        var setup = new List<Pipelines.Model.SetupRequirement>();
        if (needs.Where(n => n.Kind == NeedKind.Emulation).Select(n => n.Subject).ToList() is { Count: > 0 } platforms)
        {
            setup.Add(new Pipelines.Model.QemuSetup(platforms));
        }

        if (needs.Contains(JobNeed.MultiPlatformBuilder))
        {
            setup.Add(new Pipelines.Model.DockerBuildxSetup());
        }

        var registries = Registries(job, variables);
        if (registries.Count == 0 && job.Uses<PublishesRelease>() && (job.Uses<BuildsMultiPlatformImages>() || job.Uses<LogsInToRegistry>()))
        {
            throw new BuildConfigurationException(
                $"Target(s) {string.Join(", ", job.TargetNames)} of job '{job.Id}' publish images, but name no registry to log in to, so the push would be refused. Declare the registry (LogsInToRegistry), or give the image names in the GoReleaser configuration a registry host.");
        }

        foreach (var registry in registries)
        {
            var login = access(registry);
            setup.Add(login.Login);
            needs.Add(JobNeed.RegistryLogin(login.Login.Registry));
            AddScope(login, needs);
        }

        return setup;
    }

    /// <summary>
    /// Variables meeting the job's credential and secret needs: <c>REGISTRY_USERNAME</c>/<c>REGISTRY_PASSWORD</c> from the
    /// system's <paramref name="access"/>, and every other variable need from the secret of its own name, or the one
    /// <paramref name="secretNames"/> maps it to.
    /// </summary>
    internal static (Dictionary<string, string> Environment, Dictionary<string, string> Secrets) Variables(List<JobNeed> needs, TargetJob job, Func<string, RegistryAccess> access, IReadOnlyDictionary<string, string> secretNames)
    {
        var environment = job.Capabilities.OfType<SetsVariable>().ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        if (job.Capabilities.OfType<PublishesRelease>().FirstOrDefault(r => r.ForceToken) is { } forced
            && needs.FirstOrDefault(n => n.Kind == NeedKind.ScmToken) is { } token)
        {
            environment[EnvironmentCheck.ForceTokenVariable] = forced.Scm?.ToString().ToLowerInvariant()
                ?? Clients.GoReleaser.Configuration.Publishing.ScmNeeds.ForceTokenValueFor(token.Subject switch { "GITLAB_TOKEN" => ScmKind.GitLab, "GITEA_TOKEN" => ScmKind.Gitea, _ => ScmKind.GitHub });
        }

        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var registry in job.Capabilities.OfType<ReadsRegistryCredentials>().Select(r => r.Registry).Distinct(StringComparer.Ordinal))
        {
            var login = access(registry);
            environment[ReadsRegistryCredentials.UsernameVariable] = login.UsernameValue;
            secrets[ReadsRegistryCredentials.PasswordVariable] = login.PasswordSecret;
            AddScope(login, needs);
        }

        foreach (var need in needs.Where(n => n.Kind is NeedKind.ScmToken or NeedKind.Variable && !environment.ContainsKey(n.Subject) && !secrets.ContainsKey(n.Subject)))
        {
            // The secret (GitHub) or masked, protected CI/CD variable (GitLab) of that name, unless the attribute renames it.
            secrets[need.Subject] = secretNames.GetValueOrDefault(need.Subject) ?? need.Subject;
        }

        return (environment, secrets);
    }

    private static void AddScope(RegistryAccess access, List<JobNeed> needs)
    {
        if (access.WriteScope is { } scope)
        {
            needs.Add(JobNeed.WritePermission(scope));
        }
    }

    /// <summary>Whether the job publishes something, so it must never be cancelled half-way.</summary>
    internal static bool Publishes(TargetJob job) =>
        job.Capabilities.Any(c => c is PublishesRelease or ManagesReleases or LogsInToRegistry or ReadsRegistryCredentials);

    /// <summary>Mise-pinned tools among <paramref name="needs"/> that no dedicated set-up or the environment covers.</summary>
    internal static List<string> MiseTools(IEnumerable<JobNeed> needs, Tools.MiseConfig pins, IReadOnlySet<string> provided) =>
        [.. needs.Where(n => n.Kind == NeedKind.Tool && n.Subject is not (Go or GoReleaser) && !provided.Contains(n.Subject) && pins.VersionOf(n.Subject) is not null)
            .Select(n => n.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
