using System.Text.RegularExpressions;
using Slipway.Graph;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>Compiles one <see cref="GitHubActionsAttribute"/> and the target graph into a workflow <see cref="Pipeline"/>.</summary>
public static partial class GitHubPipelineCompiler
{
    /// <summary>The timings report every build run writes; uploaded per job for timing baselines.</summary>
    public const string TimingsPath = ".nuke/temp/timings.json";

    /// <summary>Days timing reports are kept.</summary>
    public const int TimingsRetentionDays = 7;

    private static readonly RegistryLoginSetup GitHubPackagesLogin = new("ghcr.io", "${{ github.actor }}", "GITHUB_TOKEN");

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
            : Job(job, attribute, settings) with { SerializationGroup = PushGroup(job, variables) }).ToList();

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

    // Jobs that push an image are serialized across runs and refs, keyed on the image (CI_IMAGE when declared).
    private static string? PushGroup(TargetJob job, Dictionary<string, string> variables) =>
        job.Uses(CiCapabilities.RegistryPush)
            ? CiImage.ICiImage.SerializationGroup(variables.GetValueOrDefault("CI_IMAGE") ?? job.Id)
            : null;

    private static PipelineJob Job(TargetJob job, GitHubActionsAttribute attribute, CiGenerationSettings settings)
    {
        var setup = JobSetup.For(job, settings, GitHubPackagesLogin);
        setup.Insert(0, new DotNetSetup("global.json", settings.DotNetCacheKeyFiles)); // ./build.sh needs .NET in every job
        var uploads = new List<ArtifactUpload>();
        if (job.Produces.Count > 0)
        {
            uploads.Add(new ArtifactUpload(job.Id, job.Produces, attribute.ArtifactRetentionDays));
        }

        uploads.Add(new ArtifactUpload("timings-" + job.Id, [TimingsPath], TimingsRetentionDays) { EvenIfJobFails = true });
        return new PipelineJob(job.Id, job.Root.Name, job.Command)
        {
            Needs = job.Needs,
            Setup = setup,
            Uploads = uploads,
            Downloads = [.. job.DownloadsFrom.Select(producer => new ArtifactDownload(producer, producer))],
            Permissions = JobSetup.Permissions(job),
            Secrets = job.Uses(CiCapabilities.ReleasePublish)
                ? new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = "GITHUB_TOKEN" }
                : new Dictionary<string, string>(StringComparer.Ordinal),
            TimeoutMinutes = attribute.TimeoutMinutes,
            Runner = attribute.RunnerImage,
        };
    }

    private static PipelineTriggers Triggers(GitHubActionsAttribute attribute)
    {
        var push = attribute.OnPushBranches.Length + attribute.OnPushTags.Length > 0
            ? new PushTrigger { Branches = attribute.OnPushBranches, Tags = attribute.OnPushTags, Paths = attribute.OnPushPaths }
            : null;
        var pullRequest = attribute.OnPullRequest || attribute.OnPullRequestBranches.Length > 0
            ? new PullRequestTrigger { Branches = attribute.OnPullRequestBranches, Paths = attribute.OnPullRequestPaths }
            : null;
        if (push is null && pullRequest is null && !attribute.OnWorkflowDispatch && attribute.OnSchedule.Length == 0)
        {
            throw new BuildConfigurationException(
                $"[GitHubActions(\"{attribute.Name}\")] has no trigger, so the workflow would never run. Set OnPushBranches, OnPushTags, OnPullRequest, OnWorkflowDispatch or OnSchedule.");
        }

        return new PipelineTriggers { Push = push, PullRequest = pullRequest, Manual = attribute.OnWorkflowDispatch, Schedules = attribute.OnSchedule };
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WorkflowName();
}
