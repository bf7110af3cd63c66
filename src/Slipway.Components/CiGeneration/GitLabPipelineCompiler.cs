using Slipway.Graph;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// Compiles every <see cref="GitLabAttribute"/> into the one <c>.gitlab-ci.yml</c> <see cref="Pipeline"/>. Jobs run the
/// prebuilt build program in the CI image (.NET runtime only): a first <see cref="BuildProgramJob"/> job compiles it
/// in the .NET SDK image and hands <c>.nuke/temp/build-bin</c> to every other job.
/// </summary>
public static class GitLabPipelineCompiler
{
    /// <summary>Id of the job that compiles the build program.</summary>
    public const string BuildProgramJob = "build-program";

    /// <summary>Image with the .NET SDK, for compiling the build program and building the CI image.</summary>
    public const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0-alpine";

    /// <summary>Where build.sh keeps the compiled build program (keyed by a content hash of the build sources).</summary>
    public const string BuildProgramPath = ".nuke/temp/build-bin";

    /// <summary>Committed file keying the Go caches (written by the CacheKey target).</summary>
    public const string CacheKeyFile = ".cache-key";

    /// <summary>Resource group of the one job that uploads the Go caches.</summary>
    public const string CacheWriterGroup = "cache_updates";

    private static readonly RegistryLoginSetup GitLabRegistryLogin = new("$CI_REGISTRY", "$CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD");

    /// <summary>The GitLab pipeline of <paramref name="attributes"/>.</summary>
    /// <exception cref="BuildConfigurationException">An attribute cannot be compiled, or two groups make different jobs with one id.</exception>
    public static Pipeline Compile(IReadOnlyList<GitLabAttribute> attributes, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(settings);
        if (attributes.Count == 0)
        {
            throw new ArgumentException("At least one [GitLab] attribute is needed.", nameof(attributes));
        }

        var defaultImage = settings.GitLabImage(attributes[0]);
        var jobs = new List<PipelineJob> { BuildProgram(settings) };
        var origins = new Dictionary<string, string>(StringComparer.Ordinal) { [BuildProgramJob] = "the build-program job" };
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < attributes.Count; index++)
        {
            var attribute = attributes[index];
            var where = $"[GitLab] attribute #{index + 1} (InvokedTargets: {string.Join(", ", attribute.InvokedTargets)})";
            AddVariables(attribute, variables, where);
            var image = settings.GitLabImage(attribute);
            var group = Group(attribute, graph, settings, where, image, string.Equals(image, defaultImage, StringComparison.Ordinal) ? null : image);
            foreach (var job in group)
            {
                Merge(jobs, origins, job, where);
            }
        }

        AssignCacheWriter(jobs);
        return new Pipeline("GitLab CI", ".gitlab-ci.yml", Triggers(attributes), jobs)
        {
            Environment = variables,
            GitLab = new GitLabOptions { DefaultImage = defaultImage },
        };
    }

    private static PipelineJob BuildProgram(CiGenerationSettings settings) =>
        new(BuildProgramJob, "Build program", "./build.sh --help")
        {
            Image = SdkImage,
            Setup = [new DotNetSetup("global.json", settings.DotNetCacheKeyFiles)],
            Caches = [new PipelineCache("nuget", [.. settings.DotNetCacheKeyFiles.Take(2)], [".nuget/packages"], CachePolicy.PullPush)],
            Uploads = [new ArtifactUpload(BuildProgramJob, [BuildProgramPath])],
            Interruptible = true,
        };

    private static List<PipelineJob> Group(GitLabAttribute attribute, TargetGraph graph, CiGenerationSettings settings, string where, string image, string? jobImage)
    {
        var ownJobs = attribute.CiImageTarget is { } imageTarget ? [.. attribute.OwnJobTargets, imageTarget] : attribute.OwnJobTargets;
        var targetJobs = JobPartitioner.Partition(graph, attribute.InvokedTargets, ownJobs, where);
        var imageJob = attribute.CiImageTarget is null ? null : graph.Find(attribute.CiImageTarget);
        var tagsOnly = attribute.OnPushTags.Length > 0 && attribute.OnPushBranches.Length == 0 && !attribute.OnMergeRequests && !attribute.OnWeb;
        var onlyOn = tagsOnly ? RefFilter.Tags : RefFilter.Any;
        var imageJobId = targetJobs.FirstOrDefault(j => j.Root == imageJob)?.Id;
        var result = new List<PipelineJob>();
        foreach (var job in targetJobs.OrderBy(j => j.Root == imageJob ? 0 : 1)) // the image job first: the others wait for it
        {
            if (job.IsGate)
            {
                result.Add(new PipelineJob(job.Id, job.Root.Name, "") { Gate = true, Needs = job.Needs, OnlyOn = onlyOn, Interruptible = true, TimeoutMinutes = 5, Image = jobImage });
                continue;
            }

            var setup = JobSetup.For(job, settings, GitLabRegistryLogin);
            var isImageJob = job.Root == imageJob;
            // Jobs without other needs wait for a rebuilt CI image (an optional need: the job exists only when the image inputs changed).
            var needs = isImageJob || job.Needs.Count > 0 || imageJobId is null ? job.Needs : [imageJobId, .. job.Needs];
            var uploads = new List<ArtifactUpload>();
            if (job.Produces.Count > 0)
            {
                uploads.Add(new ArtifactUpload(job.Id, job.Produces, attribute.ArtifactExpireDays));
            }

            uploads.Add(new ArtifactUpload("timings-" + job.Id, [GitHubPipelineCompiler.TimingsPath], attribute.ArtifactExpireDays) { EvenIfJobFails = true });
            result.Add(new PipelineJob(job.Id, job.Root.Name, job.Command)
            {
                Needs = [BuildProgramJob, .. needs],
                Downloads = [new ArtifactDownload(BuildProgramJob, BuildProgramJob), .. job.DownloadsFrom.Select(p => new ArtifactDownload(p, p))],
                Setup = setup,
                Caches = setup.OfType<GoSetup>().Any() ? [GoCache(CachePolicy.Pull)] : [],
                Uploads = uploads,
                DotenvReport = Slipway.Reporting.DotenvReportWriter.RelativePath,
                Interruptible = !JobSetup.Publishes(job),
                NeedsDockerDaemon = JobSetup.NeedsDockerDaemon(job),
                Secrets = job.Uses(CiCapabilities.ReleasePublish)
                    ? new Dictionary<string, string>(StringComparer.Ordinal) { ["GITLAB_TOKEN"] = "GITLAB_TOKEN" }
                    : new Dictionary<string, string>(StringComparer.Ordinal),
                OnlyOn = isImageJob ? RefFilter.Any : onlyOn,
                TimeoutMinutes = attribute.TimeoutMinutes,
                Image = isImageJob ? SdkImage : jobImage,
                // The CI image may not exist yet when its inputs change, so this job runs in the SDK image with a docker CLI.
                Steps = isImageJob ? [new RunStep("Install the docker CLI", "apk add --no-cache docker-cli docker-cli-buildx")] : [],
                ChangedPaths = isImageJob ? attribute.CiImageChanges : [],
                SerializationGroup = isImageJob ? "ci-image-" + ImageName(image) : null,
            });
        }

        return result;
    }

    private static PipelineCache GoCache(CachePolicy policy) => new("go", [CacheKeyFile], [".go/pkg/mod", ".go/cache"], policy);

    /// <summary>One job uploads the Go caches (serialized across pipelines); every other job only restores them.</summary>
    private static void AssignCacheWriter(List<PipelineJob> jobs)
    {
        var index = jobs.FindIndex(j => j.Caches.Any(c => string.Equals(c.Name, "go", StringComparison.Ordinal)) && j.SerializationGroup is null && j.OnlyOn == RefFilter.Any);
        if (index >= 0)
        {
            jobs[index] = jobs[index] with
            {
                Caches = [.. jobs[index].Caches.Select(c => string.Equals(c.Name, "go", StringComparison.Ordinal) ? GoCache(CachePolicy.PullPush) : c)],
                SerializationGroup = CacheWriterGroup,
            };
        }
    }

    private static void Merge(List<PipelineJob> jobs, Dictionary<string, string> origins, PipelineJob job, string where)
    {
        var existing = jobs.FindIndex(j => string.Equals(j.Id, job.Id, StringComparison.Ordinal));
        if (existing < 0)
        {
            jobs.Add(job);
            origins[job.Id] = where;
            return;
        }

        var other = jobs[existing];
        if (!string.Equals(other.Command, job.Command, StringComparison.Ordinal) || !other.Needs.SequenceEqual(job.Needs, StringComparer.Ordinal) || other.Gate != job.Gate)
        {
            throw new BuildConfigurationException(
                $"{where} makes job '{job.Id}' ({Describe(job)}), but {origins[job.Id]} already makes a different job with that id ({Describe(other)}). GitLab job names are unique per file: invoke the same targets in both groups, or rename a target.");
        }

        if (other.OnlyOn != job.OnlyOn)
        {
            jobs[existing] = other with { OnlyOn = RefFilter.Any }; // Shared by groups with different refs: run it for all.
        }
    }

    private static string Describe(PipelineJob job) => job.Gate ? $"gate over {string.Join(", ", job.Needs)}" : job.Command;

    private static void AddVariables(GitLabAttribute attribute, Dictionary<string, string> variables, string where)
    {
        foreach (var (key, value) in CiVariables.Parse(attribute.Variables, where))
        {
            if (variables.TryGetValue(key, out var previous) && !string.Equals(previous, value, StringComparison.Ordinal))
            {
                throw new BuildConfigurationException($"{where}: variable {key} is '{value}', but another [GitLab] attribute sets it to '{previous}'. Variables are pipeline-wide: give them one value.");
            }

            variables[key] = value;
        }
    }

    private static PipelineTriggers Triggers(IReadOnlyList<GitLabAttribute> attributes)
    {
        var mergeRequests = attributes.Any(a => a.OnMergeRequests);
        var branches = attributes.SelectMany(a => a.OnPushBranches).Distinct(StringComparer.Ordinal).ToList();
        var tags = attributes.SelectMany(a => a.OnPushTags).Distinct(StringComparer.Ordinal).ToList();
        var web = attributes.Any(a => a.OnWeb);
        if (!mergeRequests && branches.Count == 0 && tags.Count == 0 && !web)
        {
            throw new BuildConfigurationException(
                "No [GitLab] attribute says when pipelines run, so .gitlab-ci.yml would never run. Set OnMergeRequests, OnPushBranches, OnPushTags or OnWeb.");
        }

        return new PipelineTriggers
        {
            PullRequest = mergeRequests ? new PullRequestTrigger() : null,
            Push = branches.Count + tags.Count > 0 ? new PushTrigger { Branches = branches, Tags = tags } : null,
            Manual = web,
        };
    }

    /// <summary>The repository part of an image reference (no tag, no digest): builders of one image share a resource group.</summary>
    internal static string ImageName(string image)
    {
        var name = image.Split('@')[0];
        var colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') ? name[..colon] : name;
    }
}
