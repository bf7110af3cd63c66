using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Graph;
using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiSystems.GitLab;

/// <summary>
/// Compiles every <see cref="GitLabAttribute"/> into the one <c>.gitlab-ci.yml</c> <see cref="Pipeline"/>. Jobs run the
/// prebuilt build program in the CI image (.NET runtime only): a first <see cref="BuildProgramJob"/> job compiles it
/// in the .NET SDK image, makes sure the CI image exists, and hands <c>.nuke/temp/build-bin</c> to every other job.
/// </summary>
public static class GitLabPipelineCompiler
{
    /// <summary>Id of the job that compiles the build program (and makes sure the CI image exists).</summary>
    public const string BuildProgramJob = "build-program";

    /// <summary>Image with the .NET SDK and bash (Ubuntu 24.04; the Alpine SDK images have no bash and float).</summary>
    public const string SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0-noble";

    /// <summary>Where build.sh keeps the compiled build program (keyed by a content hash of the build sources).</summary>
    public const string BuildProgramPath = CiGeneration.BuildProgram.Directory;

    /// <summary>The Go module cache's name (its key prefix).</summary>
    public const string GoModulesCache = "go-modules";

    /// <summary>The Go build cache's name (its key prefix).</summary>
    public const string GoBuildCache = "go-build";

    /// <summary>The variable holding the CI image's repository in this pipeline (read by <c>BuildCiImage</c> as its <c>--ci-image</c>).</summary>
    public const string RepositoryVariable = "CI_IMAGE";

    /// <summary>Resource group of the one job that uploads the Go caches.</summary>
    public const string CacheWriterGroup = "cache_updates";

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

        var ciImage = attributes.FirstOrDefault(a => a.CiImageTarget is not null) is { } imageAttribute && settings.CiImage is { } built
            ? (Reference: $"${RepositoryVariable}:{built.Tag}", Facts: built.Facts, Trusted: imageAttribute.CiImageRepository)
            : ((string Reference, Pipelines.Environment.ImageFacts Facts, string Trusted)?)null;
        string ImageOf(GitLabAttribute attribute) => attribute.Image ?? ciImage?.Reference ?? GitLabAttribute.DefaultImage;
        var defaultImage = ImageOf(attributes[0]);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var imageTarget = attributes.Select(a => a.CiImageTarget).FirstOrDefault(t => t is not null);
        var buildProgram = BuildProgram(imageTarget is null ? null : graph.Find(imageTarget) ?? throw new BuildConfigurationException(
            $"[GitLab] CiImageTarget is '{imageTarget}', but the build has no such target." + NameSuggestions.For(imageTarget, graph.Nodes.Select(n => n.Name)) + " Fix the name in the attribute."), settings);
        var jobs = new List<PipelineJob> { buildProgram };
        var origins = new Dictionary<string, string>(StringComparer.Ordinal) { [BuildProgramJob] = "the build-program job" };
        var allTriggers = attributes.SelectMany(TriggerRules).Distinct().ToList();
        string Where(int index) => $"[GitLab] attribute #{index + 1} (InvokedTargets: {string.Join(", ", attributes[index].InvokedTargets)})";
        for (var index = 0; index < attributes.Count; index++)
        {
            AddVariables(attributes[index], variables, Where(index)); // pipeline-wide, so every group sees all of them
        }

        for (var index = 0; index < attributes.Count; index++)
        {
            var attribute = attributes[index];
            var where = Where(index);
            var image = ImageOf(attribute);
            var options = new JobOptions(
                variables,
                CiVariables.Parse(attribute.SecretNames, where),
                CiVariables.ParseJobVariables(attribute.JobVariables, [.. graph.Nodes.Select(n => n.Name)], where));
            foreach (var job in Group(attribute, graph, settings, where, string.Equals(image, defaultImage, StringComparison.Ordinal) ? null : image, imageTarget, options, allTriggers))
            {
                Merge(jobs, origins, job, where);
            }
        }

        // Rules that select every pipeline the file starts are no rules at all (a job shared by all groups).
        for (var i = 0; i < jobs.Count; i++)
        {
            if (jobs[i].Rules.Count > 0 && jobs[i].Rules.All(r => r.Changes.Count == 0 && r.When == RuleWhen.OnSuccess) && !allTriggers.Except(jobs[i].Rules).Any())
            {
                jobs[i] = jobs[i] with { Rules = [] };
            }
        }

        AssignCacheWriter(jobs);
        var images = new Dictionary<string, ImageFacts>(StringComparer.Ordinal);
        foreach (var attribute in attributes.Where(a => a.ImageProvides.Length > 0))
        {
            var image = ImageOf(attribute);
            images[image] = new ImageFacts(image, new HashSet<string>(attribute.ImageProvides, StringComparer.Ordinal), "the [GitLab] attribute's ImageProvides", "");
        }

        var protectedVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ciImage is { } jobImage)
        {
            // Only pipelines of protected refs use (and push) the trusted repository; merge requests and forks never do.
            images[jobImage.Reference] = jobImage.Facts with { Reference = jobImage.Reference };
            variables[RepositoryVariable] = jobImage.Trusted + "-unprotected";
            protectedVariables[RepositoryVariable] = jobImage.Trusted;
        }

        var files = attributes.Select(a => a.File).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (files.Count > 1)
        {
            throw new BuildConfigurationException($"[GitLab] attributes name {files.Count} files ({string.Join(", ", files)}), but GitLab reads one pipeline file. Set the same File on each, or on none.");
        }

        return new Pipeline("GitLab CI", files.SingleOrDefault() ?? GitLabAttribute.DefaultFile, Triggers(attributes), jobs)
        {
            Environment = variables,
            Syntax = PipelineSyntax.GitLabCi,
            GitLab = new GitLabOptions { DefaultImage = defaultImage, Images = images, ProtectedRefVariables = protectedVariables },
        };
    }

    /// <summary>How a GitLab job authenticates to <paramref name="registry"/>: the job's own credentials for the project registry, named CI/CD variables elsewhere.</summary>
    internal static RegistryAccess Access(string registry)
    {
        if (registry is LogsInToRegistry.GitLabRegistry or "registry.gitlab.com")
        {
            return new RegistryAccess(new RegistryLoginSetup("$CI_REGISTRY", "$CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD"), "$CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD", null);
        }

        var (user, password) = RegistryAccess.NamedSecrets(registry);
        return new RegistryAccess(new RegistryLoginSetup(registry, "$" + user, password), "$" + user, password, null);
    }

    /// <summary>
    /// The first job: compiles the build program in the SDK image and, when the build has a CI image target, runs it
    /// there (one HEAD request when the image exists; a build and push through a Docker-in-Docker service otherwise),
    /// so the CI image exists before any job that runs in it starts.
    /// </summary>
    private static PipelineJob BuildProgram(TargetNode? imageTarget, CiGenerationSettings settings)
    {
        var job = new PipelineJob(BuildProgramJob, "Build program", imageTarget is null ? "./build.sh --help" : $"./build.sh {imageTarget.Name} --skip")
        {
            Image = SdkImage,
            Setup = [new DotNetSetup("global.json", settings.DotNetCacheKeyFiles)],
            // Keyed like NuGet's, but build.sh checks the program against the sources' hash and recompiles when they
            // changed; pushing then keeps the newest program, so a warm pipeline compiles nothing.
            Caches = [NuGetCache(settings), NuGetCache(settings) with { Name = BuildProgramJob, Paths = [BuildProgramPath] }],
            Uploads = [new ArtifactUpload(BuildProgramJob, [BuildProgramPath]), new ArtifactUpload("timings-" + BuildProgramJob, [JobReports.TimingsPath]) { EvenIfJobFails = true }],
            Interruptible = true,
            Requires = [JobNeed.Tool(JobNeed.Bash), JobNeed.Tool(JobNeed.DotNetSdk)],
        };
        if (imageTarget is null)
        {
            return job;
        }

        var targetJob = new TargetJob(BuildProgramJob, imageTarget, [imageTarget], [], [], IsGate: false);
        var (needs, environment, secrets) = Needs(targetJob, JobNeed.DotNetSdk, settings, new JobOptions([], [], []));
        return job with
        {
            Targets = [imageTarget.Name],
            Requires = needs,
            NeedsDockerDaemon = needs.Contains(JobNeed.DockerDaemon),
            Environment = environment,
            Secrets = secrets,
            BuildsJobImage = true,
            DotenvReport = DotenvReportWriter.RelativePath,
        };
    }

    private static PipelineCache NuGetCache(CiGenerationSettings settings) =>
        new("nuget", settings.CacheKeyFile is { } keyFile ? [keyFile] : [.. settings.DotNetCacheKeyFiles.Take(2)], [".nuget/packages"], CachePolicy.PullPush);

    private static List<PipelineJob> Group(GitLabAttribute attribute, TargetGraph graph, CiGenerationSettings settings, string where, string? jobImage, string? imageTarget, JobOptions options, IReadOnlyList<JobRule> allTriggers)
    {
        var targetJobs = settings.Partition(JobPartitioner.Partition(graph, attribute.InvokedTargets, attribute.OwnJobTargets, where), attribute.OptimizeJobs, "gitlab", where, attribute.OptimizeForRunners);
        var rules = GroupRules(attribute, allTriggers);
        var result = new List<PipelineJob>();
        foreach (var job in targetJobs.Where(j => !string.Equals(j.Root.Name, imageTarget, StringComparison.Ordinal)))
        {
            if (job.IsGate)
            {
                result.Add(new PipelineJob(job.Id, job.DisplayName, "") { Gate = true, Needs = job.Needs, Rules = rules, Interruptible = true, TimeoutMinutes = 5 });
                continue;
            }

            var (needs, environment, secrets) = Needs(job, JobNeed.DotNetRuntime, settings, options);
            var setup = JobNeeds.DockerSetup(needs, job, options.Variables, Access);
            if (needs.Contains(JobNeed.FullHistory))
            {
                setup.Add(new FullGitHistorySetup());
            }

            var usesGo = needs.Contains(JobNeed.Tool(JobNeeds.Go));
            if (usesGo)
            {
                setup.Add(new GoSetup(settings.ToolVersions.VersionOf(JobNeeds.Go), settings.GoDependencyFile) { VersionFile = settings.GoVersionFile });
            }

            var uploads = new List<ArtifactUpload>();
            if (job.Produces.Count > 0)
            {
                uploads.Add(new ArtifactUpload(job.Id, job.Produces, attribute.ArtifactExpireDays));
            }

            uploads.Add(new ArtifactUpload("timings-" + job.Id, [JobReports.TimingsPath], attribute.ArtifactExpireDays) { EvenIfJobFails = true });
            result.Add(new PipelineJob(job.Id, job.DisplayName, job.Command)
            {
                Targets = job.TargetNames,
                Requires = [.. needs.Distinct()],
                Needs = [BuildProgramJob, .. job.Needs],
                Downloads = [new ArtifactDownload(BuildProgramJob, BuildProgramJob), .. job.DownloadsFrom.Select(p => new ArtifactDownload(p, p))],
                Setup = setup,
                Caches = usesGo ? GoCaches(settings) : [],
                Uploads = uploads,
                DotenvReport = DotenvReportWriter.RelativePath,
                Coverage = job.Capabilities.OfType<ReportsCoverage>().Select(c => new CoverageReport(c.Path, ReportsCoverage.LogPattern)).FirstOrDefault(),
                Interruptible = !JobNeeds.Publishes(job),
                NeedsDockerDaemon = needs.Contains(JobNeed.DockerDaemon),
                Environment = environment,
                Secrets = secrets,
                Rules = rules,
                TimeoutMinutes = attribute.TimeoutMinutes,
                Image = jobImage,
            });
        }

        return result;
    }

    /// <summary>The needs of a job and the variables that meet its credential and secret needs.</summary>
    private static (List<JobNeed> Needs, Dictionary<string, string> Environment, Dictionary<string, string> Secrets) Needs(TargetJob job, string dotNet, CiGenerationSettings settings, JobOptions options)
    {
        var needs = JobNeeds.For(job, dotNet, ScmKind.GitLab, settings.Parameters);
        var (environment, secrets) = JobNeeds.Variables(needs, job, Access, options.SecretNames);
        options.AddJobVariables(job, environment);
        return (needs, environment, secrets);
    }

    /// <summary>
    /// Modules keyed on the dependency file; the build cache per branch, falling back to the default branch's, so a
    /// new branch or a changed go.sum restores most of it instead of nothing.
    /// </summary>
    private static PipelineCache[] GoCaches(CiGenerationSettings settings) =>
    [
        new(GoModulesCache, settings.CacheKeyFile is { } keyFile ? [keyFile] : [settings.GoDependencyFile], [".go/pkg/mod"]),
        new(GoBuildCache, [], [".go/cache"]) { Key = GoBuildCache + "-$CI_COMMIT_REF_SLUG", FallbackKeys = [GoBuildCache + "-$CI_DEFAULT_BRANCH"] },
    ];

    private static bool IsGoCache(PipelineCache cache) => cache.Name is GoModulesCache or GoBuildCache;

    /// <summary>One job uploads the Go caches (serialized across pipelines); every other job only restores them.</summary>
    private static void AssignCacheWriter(List<PipelineJob> jobs)
    {
        var index = jobs.FindIndex(j => j.Caches.Any(IsGoCache) && j.SerializationGroup is null && j.Rules.Count == 0);
        if (index >= 0)
        {
            jobs[index] = jobs[index] with
            {
                Caches = [.. jobs[index].Caches.Select(c => IsGoCache(c) ? c with { Policy = CachePolicy.PullPush } : c)],
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

        if (!other.Rules.SequenceEqual(job.Rules))
        {
            // Shared by groups with different rules: it runs wherever either group's jobs run.
            jobs[existing] = other with { Rules = other.Rules.Count == 0 || job.Rules.Count == 0 ? [] : [.. other.Rules.Union(job.Rules).OrderBy(r => r.When)] };
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

    /// <summary>The pipelines a group's own triggers select, one rule each.</summary>
    private static IEnumerable<JobRule> TriggerRules(GitLabAttribute attribute)
    {
        if (attribute.OnMergeRequests)
        {
            yield return new JobRule { Ref = RuleRef.MergeRequest };
        }

        foreach (var branch in attribute.OnPushBranches)
        {
            yield return string.Equals(branch, "$CI_DEFAULT_BRANCH", StringComparison.Ordinal) ? JobRule.DefaultBranch : new JobRule { Ref = RuleRef.Branch, Pattern = branch };
        }

        foreach (var tag in attribute.OnPushTags)
        {
            yield return new JobRule { Ref = RuleRef.Tag, Pattern = tag };
        }

        if (attribute.OnSchedule.Length > 0)
        {
            yield return new JobRule { Ref = RuleRef.Schedule };
        }

        if (attribute.OnWeb)
        {
            yield return new JobRule { Ref = RuleRef.Manual };
        }
    }

    /// <summary>
    /// The rules of a group's jobs: its own triggers (so another group's triggers never start them), each limited to its
    /// changed paths; then the manual fallback. None when the group runs in every pipeline the file starts.
    /// </summary>
    private static IReadOnlyList<JobRule> GroupRules(GitLabAttribute attribute, IReadOnlyList<JobRule> allTriggers)
    {
        var own = TriggerRules(attribute).ToList();
        if (attribute.OnlyWhenChanged.Length == 0 && !attribute.ManualFallback && own.Count == allTriggers.Count && !allTriggers.Except(own).Any())
        {
            return [];
        }

        var compareTo = attribute.CompareTo;
        var rules = own.Select(r => r with { Changes = attribute.OnlyWhenChanged, CompareTo = attribute.OnlyWhenChanged.Length > 0 ? compareTo : null }).ToList();
        if (attribute.ManualFallback)
        {
            rules.Add(JobRule.ManualFallback);
        }

        return rules;
    }

    private static PipelineTriggers Triggers(IReadOnlyList<GitLabAttribute> attributes)
    {
        var mergeRequests = attributes.Any(a => a.OnMergeRequests);
        var branches = attributes.SelectMany(a => a.OnPushBranches).Distinct(StringComparer.Ordinal).ToList();
        var tags = attributes.SelectMany(a => a.OnPushTags).Distinct(StringComparer.Ordinal).ToList();
        var web = attributes.Any(a => a.OnWeb);
        var schedules = attributes.SelectMany(a => a.OnSchedule).Distinct(StringComparer.Ordinal).ToList();
        if (!mergeRequests && branches.Count == 0 && tags.Count == 0 && !web && schedules.Count == 0)
        {
            throw new BuildConfigurationException(
                "No [GitLab] attribute says when pipelines run, so .gitlab-ci.yml would never run. Set OnMergeRequests, OnPushBranches, OnPushTags, OnSchedule or OnWeb.");
        }

        return new PipelineTriggers
        {
            PullRequest = mergeRequests ? new PullRequestTrigger() : null,
            Push = branches.Count + tags.Count > 0 ? new PushTrigger { Branches = branches, Tags = tags } : null,
            Manual = web,
            Schedules = schedules,
        };
    }
}
