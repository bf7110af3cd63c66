using System.Text.RegularExpressions;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Graph;
using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// Compiles one <see cref="ActionsWorkflowAttribute"/> and the target graph into a workflow <see cref="Pipeline"/>, for
/// GitHub Actions and, through their <see cref="WorkflowDialect"/>, the systems that read the same syntax.
/// </summary>
public static partial class GitHubPipelineCompiler
{
    /// <summary>GitHub Actions itself.</summary>
    public static WorkflowDialect GitHubDialect { get; } = new("GitHubActions", ".github/workflows", "ubuntu-latest", ScmKind.GitHub, Access, EnvironmentFacts.Default);

    /// <summary>The workflow of <paramref name="attribute"/>.</summary>
    /// <exception cref="BuildConfigurationException">The attribute or graph cannot be compiled; the message says what to fix.</exception>
    public static Pipeline Compile(ActionsWorkflowAttribute attribute, TargetGraph graph, CiGenerationSettings settings, WorkflowDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(dialect);
        var where = $"[{dialect.Attribute}(\"{attribute.Name}\")]";
        if (!WorkflowName().IsMatch(attribute.Name))
        {
            throw new BuildConfigurationException($"{where}: the name must be letters, digits, '.', '_' or '-' (it is the file name {dialect.Directory}/<name>.yml).");
        }

        var runner = attribute.RunnerImage ?? dialect.DefaultRunner;

        var variables = CiVariables.Parse(attribute.Variables, where);
        var options = new JobOptions(
            variables,
            CiVariables.Parse(attribute.SecretNames, where),
            CiVariables.ParseJobVariables(attribute.JobVariables, [.. graph.Nodes.Select(n => n.Name)], where));
        var jobs = settings.Partition(JobPartitioner.Partition(graph, attribute.InvokedTargets, attribute.OwnJobTargets, where), attribute.OptimizeJobs, attribute.Name + ".yml", where, attribute.OptimizeForRunners);
        var pipelineJobs = jobs.Select(job => job.IsGate
            ? new PipelineJob(job.Id, job.DisplayName, "") { Gate = true, Needs = job.Needs, Runner = runner, TimeoutMinutes = 5 }
            : Job(job, attribute, settings, options, dialect) with { Runner = runner } with { SerializationGroup = PushGroup(job, variables) }).ToList();
        var triggers = Triggers(attribute, where);
        var inputs = Inputs(attribute, settings, where);
        foreach (var (parameter, input) in inputs)
        {
            variables[parameter.EnvironmentName] = $"${{{{ inputs.{input.Name} }}}}";
        }

        if (attribute.TagInput is { } tag)
        {
            if (!attribute.OnWorkflowCall && !attribute.OnWorkflowDispatch)
            {
                throw new BuildConfigurationException($"{where} sets TagInput but can be neither called nor started by hand, so no tag can be given. Set OnWorkflowCall or OnWorkflowDispatch.");
            }

            variables[TagVariable] = $"${{{{ inputs.{tag} }}}}";
        }

        var declared = inputs.Select(i => i.Input).ToList();
        WorkflowInput? tagInput = attribute.TagInput is { } name ? new WorkflowInput(name, "The tag to build and release (a calling workflow passes the tag it created)") : null;
        triggers = triggers with
        {
            ManualInputs = attribute.OnWorkflowDispatch ? [.. declared, .. tagInput is null ? [] : new[] { tagInput }] : [],
            Call = attribute.OnWorkflowCall
                ? new WorkflowCallTrigger
                {
                    Inputs = [.. declared, .. tagInput is null ? [] : new[] { tagInput with { Required = true } }],
                    Secrets = [.. pipelineJobs.SelectMany(j => j.Secrets.Values.Concat(j.Setup.OfType<RegistryLoginSetup>().Select(l => l.PasswordSecret)))
                        .Where(n => !string.Equals(n, "GITHUB_TOKEN", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                }
                : null,
            TagInput = attribute.TagInput,
        };

        var permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["contents"] = AccessLevel.Read };
        foreach (var scope in attribute.ReadPermissions)
        {
            permissions[scope] = AccessLevel.Read;
        }

        foreach (var scope in attribute.WritePermissions)
        {
            permissions[scope] = AccessLevel.Write;
        }

        return new Pipeline(attribute.Name, $"{dialect.Directory}/{attribute.Name}.yml", triggers, pipelineJobs)
        {
            Permissions = permissions,
            Environment = variables,
            Runners = DeclaredRunner(attribute, dialect),
            Concurrency = !attribute.Concurrency ? null
                : attribute.CancelInProgress ? PipelineConcurrency.PerRefCancellingPullRequests
                : PipelineConcurrency.PerRefNeverCancelled,
        };
    }

    /// <summary>The variable holding a tag given as an input; the GitHub Actions host reads it as the current tag.</summary>
    public const string TagVariable = "SLIPWAY_RELEASE_TAG";

    /// <summary>The inputs for <see cref="ActionsWorkflowAttribute.WorkflowInputs"/>, typed from the parameters.</summary>
    private static List<(Slipway.Parameters.BuildParameter Parameter, WorkflowInput Input)> Inputs(ActionsWorkflowAttribute attribute, CiGenerationSettings settings, string where)
    {
        var inputs = new List<(Slipway.Parameters.BuildParameter, WorkflowInput)>();
        foreach (var name in attribute.WorkflowInputs)
        {
            var parameter = settings.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new BuildConfigurationException($"{where} lists '{name}' in WorkflowInputs, but the build has no such parameter." + NameSuggestions.For(name, settings.Parameters.Select(p => p.Name)) + " Name a [Parameter] member.");
            if (parameter.IsSecret)
            {
                throw new BuildConfigurationException($"{where} lists the secret parameter '{name}' in WorkflowInputs: inputs show in the run's page. Pass it as a secret instead.");
            }

            var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
            var input = new WorkflowInput(Slipway.Parameters.ParameterNames.ToKebabCase(parameter.Name), parameter.Description)
            {
                Type = type == typeof(bool) ? WorkflowInputType.Boolean
                    : type == typeof(int) || type == typeof(long) || type == typeof(double) ? WorkflowInputType.Number
                    : type.IsEnum ? WorkflowInputType.Choice
                    : WorkflowInputType.String,
                Options = type.IsEnum ? Enum.GetNames(type) : [],
            };
            inputs.Add((parameter, input));
        }

        return inputs;
    }

    /// <summary>How a GitHub job authenticates to <paramref name="registry"/>: the workflow token for ghcr.io, named secrets elsewhere.</summary>
    public static RegistryAccess Access(string registry)
    {
        if (string.Equals(registry, "ghcr.io", StringComparison.Ordinal))
        {
            return new RegistryAccess(new RegistryLoginSetup("ghcr.io", "${{ github.actor }}", "GITHUB_TOKEN"), "${{ github.actor }}", "GITHUB_TOKEN", "packages");
        }

        var (user, password) = RegistryAccess.NamedSecrets(registry);
        return new RegistryAccess(new RegistryLoginSetup(registry, $"${{{{ secrets.{user} }}}}", password), $"${{{{ secrets.{user} }}}}", password, null);
    }

    // What the job's runner has, so no job sets it up; an undescribed runner is reported by the writer.
    private static IReadOnlySet<string> RunnerTools(ActionsWorkflowAttribute attribute, WorkflowDialect dialect)
    {
        var runner = attribute.RunnerImage ?? dialect.DefaultRunner;
        return (DeclaredRunner(attribute, dialect).GetValueOrDefault(runner) ?? dialect.Facts.Runners.GetValueOrDefault(runner))?.Tools ?? new HashSet<string>(StringComparer.Ordinal);
    }

    private static Dictionary<string, ImageFacts> DeclaredRunner(ActionsWorkflowAttribute attribute, WorkflowDialect dialect)
    {
        var runners = new Dictionary<string, ImageFacts>(StringComparer.Ordinal);
        if (attribute.RunnerProvides.Length > 0)
        {
            var runner = attribute.RunnerImage ?? dialect.DefaultRunner;
            var tools = attribute.RunnerProvides.Where(t => !string.Equals(t, "docker-daemon", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            runners[runner] = new ImageFacts(runner, tools, $"the [{dialect.Attribute}] attribute's RunnerProvides", "") { DockerDaemon = attribute.RunnerProvides.Contains("docker-daemon", StringComparer.Ordinal) };
        }

        return runners;
    }

    // Jobs that push an image are serialized across runs and refs, keyed on the image (CI_IMAGE when declared).
    private static string? PushGroup(TargetJob job, Dictionary<string, string> variables) =>
        job.Uses<BuildsCiImage>()
            ? CiImage.ICiImage.SerializationGroup(variables.GetValueOrDefault("CI_IMAGE") ?? job.Id)
            : null;

    private static PipelineJob Job(TargetJob job, ActionsWorkflowAttribute attribute, CiGenerationSettings settings, JobOptions options, WorkflowDialect dialect)
    {
        var variables = options.Variables;
        var who = $"Target(s) {string.Join(", ", job.TargetNames)} of job '{job.Id}' in {dialect.Directory}/{attribute.Name}.yml";
        var needs = JobNeeds.For(job, JobNeed.DotNetSdk, dialect.Forge, settings.Parameters); // each job compiles the build program
        var setup = new List<SetupRequirement> { new DotNetSetup("global.json", settings.DotNetCacheKeyFiles) { ProgramCache = BuildProgram.Cache } };
        if (needs.Contains(JobNeed.Tool(JobNeeds.Go)))
        {
            // Without a mise pin, setup-go reads go.mod (its toolchain line, else its go line).
            setup.Add(new GoSetup(settings.ToolVersions.VersionOf(JobNeeds.Go), settings.GoDependencyFile) { VersionFile = settings.GoVersionFile });
        }

        if (needs.Contains(JobNeed.Tool(JobNeeds.GoReleaser)))
        {
            var version = settings.ToolVersions.Require(JobNeeds.GoReleaser, who);
            setup.Add(new GoReleaserSetup(version is [var first, ..] && char.IsAsciiDigit(first) ? "v" + version : version, job.Capabilities.OfType<GoReleaserPro>().Any() ? "goreleaser-pro" : "goreleaser"));
        }

        if (needs.Contains(JobNeed.FullHistory))
        {
            setup.Add(new FullGitHistorySetup());
        }

        if (JobNeeds.MiseTools(needs, settings.ToolVersions, RunnerTools(attribute, dialect)) is { Count: > 0 } pinned)
        {
            // Versions only the build names reach mise through the step's own configuration.
            setup.Add(new MiseToolsSetup(pinned)
            {
                Versions = pinned.Where(settings.ToolVersions.IsFallback).ToDictionary(t => t, t => settings.ToolVersions.VersionOf(t)!, StringComparer.Ordinal),
            });
        }

        setup.AddRange(JobNeeds.DockerSetup(needs, job, variables, dialect.Access));
        var (environment, secrets) = JobNeeds.Variables(needs, job, dialect.Access, options.SecretNames);
        options.AddJobVariables(job, environment);
        var permissions = needs.Where(n => n.Kind == NeedKind.WritePermission).Distinct()
            .ToDictionary(n => n.Subject, _ => AccessLevel.Write, StringComparer.Ordinal);

        var uploads = new List<ArtifactUpload>();
        if (job.Produces.Count > 0)
        {
            uploads.Add(new ArtifactUpload(job.Id, job.Produces, attribute.ArtifactRetentionDays));
        }

        uploads.Add(new ArtifactUpload("timings-" + job.Id, [JobReports.TimingsPath], JobReports.TimingsRetentionDays) { EvenIfJobFails = true });
        return new PipelineJob(job.Id, job.DisplayName, job.Command)
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
        };
    }

    private static PipelineTriggers Triggers(ActionsWorkflowAttribute attribute, string where)
    {
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
        if (push is null && pullRequest is null && !attribute.OnWorkflowDispatch && !attribute.OnWorkflowCall && attribute.OnSchedule.Length == 0 && !attribute.OnBranchDeletion)
        {
            throw new BuildConfigurationException(
                $"{where} has no trigger, so the workflow would never run. Set OnPushBranches, OnPushTags, OnPullRequest, OnWorkflowDispatch, OnWorkflowCall, OnSchedule or OnBranchDeletion.");
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
