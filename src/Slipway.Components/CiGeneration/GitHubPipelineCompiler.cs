using System.Text.RegularExpressions;
using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Graph;
using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>Compiles one <see cref="GitHubActionsAttribute"/> and the target graph into a workflow <see cref="Pipeline"/>.</summary>
public static partial class GitHubPipelineCompiler
{
    /// <summary>The timings report every build run writes; uploaded per job for timing baselines.</summary>
    public const string TimingsPath = ".nuke/temp/timings.json";

    /// <summary>Days timing reports are kept.</summary>
    public const int TimingsRetentionDays = 7;

    /// <summary>What a hosted runner has, so no job sets it up.</summary>
    private static readonly HashSet<string> RunnerTools = new(StringComparer.Ordinal) { JobNeed.Bash, "git", "curl", JobNeed.DockerCli, JobNeed.BuildxPlugin };

    /// <summary>The workflow of <paramref name="attribute"/>.</summary>
    /// <exception cref="BuildConfigurationException">The attribute or graph cannot be compiled; the message says what to fix.</exception>
    public static Pipeline Compile(GitHubActionsAttribute attribute, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(settings);
        var where = $"[GitHubActions(\"{attribute.Name}\")]";
        if (!WorkflowName().IsMatch(attribute.Name))
        {
            throw new BuildConfigurationException($"{where}: the name must be letters, digits, '.', '_' or '-' (it is the file name .github/workflows/<name>.yml).");
        }

        var variables = CiVariables.Parse(attribute.Variables, where);
        var jobs = JobPartitioner.Partition(graph, attribute.InvokedTargets, attribute.OwnJobTargets, where);
        var pipelineJobs = jobs.Select(job => job.IsGate
            ? new PipelineJob(job.Id, job.Root.Name, "") { Gate = true, Needs = job.Needs, Runner = attribute.RunnerImage, TimeoutMinutes = 5 }
            : Job(job, attribute, settings, variables) with { SerializationGroup = PushGroup(job, variables) }).ToList();

        var permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["contents"] = AccessLevel.Read };
        foreach (var scope in attribute.ReadPermissions)
        {
            permissions[scope] = AccessLevel.Read;
        }

        foreach (var scope in attribute.WritePermissions)
        {
            permissions[scope] = AccessLevel.Write;
        }

        return new Pipeline(attribute.Name, $".github/workflows/{attribute.Name}.yml", Triggers(attribute), pipelineJobs)
        {
            Permissions = permissions,
            Environment = variables,
            Concurrency = !attribute.Concurrency ? null
                : attribute.CancelInProgress ? PipelineConcurrency.PerRefCancellingPullRequests
                : PipelineConcurrency.PerRefNeverCancelled,
        };
    }

    /// <summary>How a GitHub job authenticates to <paramref name="registry"/>: the workflow token for ghcr.io, named secrets elsewhere.</summary>
    internal static RegistryAccess Access(string registry)
    {
        if (string.Equals(registry, "ghcr.io", StringComparison.Ordinal))
        {
            return new RegistryAccess(new RegistryLoginSetup("ghcr.io", "${{ github.actor }}", "GITHUB_TOKEN"), "${{ github.actor }}", "GITHUB_TOKEN", "packages");
        }

        var (user, password) = RegistryAccess.NamedSecrets(registry);
        return new RegistryAccess(new RegistryLoginSetup(registry, $"${{{{ secrets.{user} }}}}", password), $"${{{{ secrets.{user} }}}}", password, null);
    }

    // Jobs that push an image are serialized across runs and refs, keyed on the image (CI_IMAGE when declared).
    private static string? PushGroup(TargetJob job, Dictionary<string, string> variables) =>
        job.Uses<BuildsCiImage>()
            ? CiImage.ICiImage.SerializationGroup(variables.GetValueOrDefault(GitLabCiImage.RepositoryVariable) ?? job.Id)
            : null;

    private static PipelineJob Job(TargetJob job, GitHubActionsAttribute attribute, CiGenerationSettings settings, Dictionary<string, string> variables)
    {
        var who = $"Target(s) {string.Join(", ", job.TargetNames)} of job '{job.Id}' in {attribute.Name}.yml";
        var needs = JobNeeds.For(job, JobNeed.DotNetSdk, ScmKind.GitHub); // each GitHub job compiles the build program
        var setup = new List<SetupRequirement> { new DotNetSetup("global.json", settings.DotNetCacheKeyFiles) };
        if (needs.Contains(JobNeed.Tool(JobNeeds.Go)))
        {
            // Without a mise pin, setup-go reads go.mod (its toolchain line, else its go line).
            setup.Add(new GoSetup(settings.ToolVersions.VersionOf(JobNeeds.Go), settings.GoDependencyFile));
        }

        if (needs.Contains(JobNeed.Tool(JobNeeds.GoReleaser)))
        {
            var version = settings.ToolVersions.Require(JobNeeds.GoReleaser, who);
            setup.Add(new GoReleaserSetup(version.StartsWith('v') ? version : "v" + version, job.Capabilities.OfType<GoReleaserPro>().Any() ? "goreleaser-pro" : "goreleaser"));
            setup.Add(new FullGitHistorySetup());
        }

        if (JobNeeds.MiseTools(needs, settings.ToolVersions, RunnerTools) is { Count: > 0 } pinned)
        {
            setup.Add(new MiseToolsSetup(pinned));
        }

        setup.AddRange(JobNeeds.DockerSetup(needs, job, variables, Access));
        var (environment, secrets) = JobNeeds.Variables(needs, job, Access);
        var permissions = needs.Where(n => n.Kind == NeedKind.WritePermission).Distinct()
            .ToDictionary(n => n.Subject, _ => AccessLevel.Write, StringComparer.Ordinal);

        var uploads = new List<ArtifactUpload>();
        if (job.Produces.Count > 0)
        {
            uploads.Add(new ArtifactUpload(job.Id, job.Produces, attribute.ArtifactRetentionDays));
        }

        uploads.Add(new ArtifactUpload("timings-" + job.Id, [TimingsPath], TimingsRetentionDays) { EvenIfJobFails = true });
        return new PipelineJob(job.Id, job.Root.Name, job.Command)
        {
            Targets = job.TargetNames,
            Requires = [.. needs.Distinct()],
            BuildsJobImage = job.Uses<BuildsCiImage>(),
            Needs = job.Needs,
            Setup = setup,
            Uploads = uploads,
            Downloads = [.. job.DownloadsFrom.Select(producer => new ArtifactDownload(producer, producer))],
            Permissions = permissions,
            Secrets = secrets,
            Environment = environment,
            TimeoutMinutes = attribute.TimeoutMinutes,
            Runner = attribute.RunnerImage,
        };
    }

    private static PipelineTriggers Triggers(GitHubActionsAttribute attribute)
    {
        var where = $"[GitHubActions(\"{attribute.Name}\")]";
        var pushes = attribute.OnPushBranches.Length + attribute.OnPushTags.Length > 0;
        if (attribute.OnPushPaths.Length > 0 && !pushes)
        {
            throw new BuildConfigurationException(
                $"{where} sets OnPushPaths but no push trigger, so the path filter would filter nothing and the workflow would not run on pushes. Set OnPushBranches or OnPushTags, or remove OnPushPaths.");
        }

        var pullRequests = attribute.OnPullRequest || attribute.OnPullRequestBranches.Length > 0;
        if (attribute.OnPullRequestPaths.Length > 0 && !pullRequests)
        {
            throw new BuildConfigurationException(
                $"{where} sets OnPullRequestPaths but no pull-request trigger, so pull requests would never start the workflow. Set OnPullRequest = true (or OnPullRequestBranches), or remove OnPullRequestPaths.");
        }

        var push = pushes ? new PushTrigger { Branches = attribute.OnPushBranches, Tags = attribute.OnPushTags, Paths = attribute.OnPushPaths } : null;
        var pullRequest = pullRequests ? new PullRequestTrigger { Branches = attribute.OnPullRequestBranches, Paths = attribute.OnPullRequestPaths } : null;
        if (push is null && pullRequest is null && !attribute.OnWorkflowDispatch && attribute.OnSchedule.Length == 0 && !attribute.OnBranchDeletion)
        {
            throw new BuildConfigurationException(
                $"{where} has no trigger, so the workflow would never run. Set OnPushBranches, OnPushTags, OnPullRequest, OnWorkflowDispatch, OnSchedule or OnBranchDeletion.");
        }

        return new PipelineTriggers
        {
            Push = push,
            PullRequest = pullRequest,
            Manual = attribute.OnWorkflowDispatch,
            Schedules = attribute.OnSchedule,
            BranchDeletion = attribute.OnBranchDeletion,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WorkflowName();
}
