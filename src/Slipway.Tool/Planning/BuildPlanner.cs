using Slipway.Tool.Detection;

namespace Slipway.Tool.Planning;

/// <summary>
/// Chooses the build that reproduces a repository's CI: the components its steps call for, one CI pipeline and one
/// release pipeline per CI system it uses (GitHub Actions when it uses none), triggers taken from the existing files,
/// and generated file names that never collide with a hand-written file.
/// </summary>
public static class BuildPlanner
{
    /// <summary>The GitLab file written when a hand-written <c>.gitlab-ci.yml</c> is there.</summary>
    public const string GitLabSideFile = ".gitlab-ci.slipway.yml";

    /// <summary>
    /// The actionlint version CI installs for Lint where mise pins none: Lint checks the workflows, and the existing CI
    /// never named a version. The one Slipway's own build pins (its .mise/config.toml).
    /// </summary>
    public const string DefaultActionlintVersion = "1.7.7";

    /// <summary>The version goreleaser-action installs where neither mise nor the existing CI names one.</summary>
    public const string DefaultGoReleaserVersion = "~> v2";

    private static readonly StepKind[] CiKinds = [StepKind.Test, StepKind.Lint, StepKind.Build, StepKind.Snapshot];

    /// <summary>The plan for <paramref name="facts"/>.</summary>
    public static BuildPlan Plan(RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var goReleaser = facts.GoReleaser is not null;
        var advice = new List<string>();
        var toolVersions = ToolVersions(facts, advice);

        // Lint runs golangci-lint, so CI invokes it only where a version is known (a mise pin, the old CI's action).
        var lintable = facts.Pins.ContainsKey("golangci-lint") || toolVersions.ContainsKey("golangci-lint");
        var lints = facts.CiFiles.Any(f => f.Does(StepKind.Lint)) && lintable;
        if (!lintable)
        {
            advice.Add((facts.CiFiles.Any(f => f.Does(StepKind.Lint)) ? "The existing CI lints without golangci-lint; " : "The existing CI runs no linter; ")
                + (goReleaser ? "ValidateRelease's Lint runs golangci-lint, so pin golangci-lint in .mise/config.toml before CI runs it."
                    : "the generated CI runs Test only. ./build.sh Lint (gofmt, go vet, golangci-lint, checks of the generated files) is there: pin golangci-lint in .mise/config.toml and add nameof(ILint.Lint) to InvokedTargets."));
        }

        var ciTargets = goReleaser ? [TargetRef.ValidateRelease] : lints ? new List<TargetRef> { TargetRef.Lint, TargetRef.Test } : [TargetRef.Test];
        var components = new List<string>();
        components.AddRange(goReleaser ? ["IValidateRelease", "IRelease"] : ["ITest", "ILint"]);
        var systems = facts.CiFiles.Select(f => f.System).Distinct().Order().ToList();
        if (systems.Count == 0)
        {
            systems.Add(CiSystemKind.GitHub);
            advice.Add("No CI configuration was found, so the build generates GitHub Actions workflows. For GitLab, replace the [GitHubActions] attributes with [GitLab] ones.");
        }

        var gitLabFile = facts.CiFiles.Any(f => f.System == CiSystemKind.GitLab && !f.Generated) ? GitLabSideFile : null;
        var pipelines = new List<PipelinePlan>();
        foreach (var system in systems)
        {
            var files = facts.CiFiles.Where(f => f.System == system).ToList();
            var ciTriggers = Union([.. files.Where(f => CiKinds.Any(f.Does))], system);
            var useCiImage = system == CiSystemKind.GitLab && facts.CiImage is not null;
            var ciFile = FileFor(facts, system, "ci", gitLabFile);
            pipelines.Add(new PipelinePlan(system, NameOf(ciFile, "ci"), ciFile, ciTriggers, ciTargets) { CiImageTarget = useCiImage ? TargetRef.BuildCiImage : null });
            if (goReleaser)
            {
                var tags = files.Where(f => f.Does(StepKind.Release)).SelectMany(ReleaseTags).Distinct(StringComparer.Ordinal).ToList();
                var called = system == CiSystemKind.GitHub && facts.ReleasePlease.Count > 0;
                var releaseTriggers = new CiTriggers { PushTags = tags.Count > 0 ? tags : ["v*"], Called = called };
                var releaseFile = FileFor(facts, system, "release", gitLabFile);
                pipelines.Add(new PipelinePlan(system, NameOf(releaseFile, "release"), releaseFile, releaseTriggers, [TargetRef.Release])
                {
                    Release = true,
                    TagInput = called ? "tag" : null,
                });
            }
        }

        // Lint runs actionlint where workflows exist, so GitHub's Lint job sets it up.
        if ((goReleaser || lints) && systems.Contains(CiSystemKind.GitHub) && !facts.Pins.ContainsKey("actionlint"))
        {
            toolVersions["actionlint"] = DefaultActionlintVersion;
            advice.Add($"Lint also checks the workflows with actionlint, which CI sets up at {DefaultActionlintVersion} (CiToolVersions in build/Build.cs) until .mise/config.toml pins it.");
        }

        if (pipelines.Any(p => p.CiImageTarget is not null))
        {
            components.Add("ICiImage");
        }

        var reproduced = Reproduced(facts, goReleaser || lints);
        var migrations = facts.CiFiles.Where(f => !f.Generated).Select(f => Migrate(f, reproduced, pipelines)).ToList();
        AddAdvice(facts, pipelines, migrations, advice);
        return new BuildPlan
        {
            Components = components,
            DefaultTarget = goReleaser ? TargetRef.ValidateRelease : TargetRef.Test,
            Pipelines = pipelines,
            GitLabFile = gitLabFile,
            CiToolVersions = toolVersions,
            UsesMise = facts.UsesMise,
            Migrations = migrations,
            Advice = advice,
        };
    }

    // The releasing jobs' own tag rules when they have them (GitLab), else the tags their file runs on.
    private static IEnumerable<string> ReleaseTags(ExistingCiFile file)
    {
        var own = file.Jobs.Where(j => j.Does(StepKind.Release)).SelectMany(j => j.Tags).ToList();
        return own.Count > 0 ? own : file.Triggers.PushTags;
    }

    // A GitHub workflow's name is its file's; GitLab groups keep the label.
    private static string NameOf(string file, string label) => file.StartsWith(".github/", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file) : label;

    // GitHub workflows take the plain name unless a hand-written workflow has it; GitLab groups share one file.
    private static string FileFor(RepositoryFacts facts, CiSystemKind system, string name, string? gitLabFile)
    {
        if (system == CiSystemKind.GitLab)
        {
            return gitLabFile ?? ".gitlab-ci.yml";
        }

        var taken = facts.CiFiles.Where(f => !f.Generated).Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        return $".github/workflows/{(taken.Contains(name) ? "slipway-" + name : name)}.yml";
    }

    /// <summary>When the existing files that lint, test or build run; pushes to the default branch and pull requests when none does.</summary>
    internal static CiTriggers Union(IReadOnlyList<ExistingCiFile> files, CiSystemKind system)
    {
        var defaultBranch = system == CiSystemKind.GitLab ? "$CI_DEFAULT_BRANCH" : "main";
        if (files.Count == 0)
        {
            return new CiTriggers { PushBranches = [defaultBranch], PullRequests = true };
        }

        var branches = files.SelectMany(f => f.Triggers.PushBranches).Distinct(StringComparer.Ordinal).ToList();
        return new CiTriggers
        {
            // GitLab: a job without rules runs for every branch, which a branch pattern of * says.
            PushBranches = [.. branches.Select(b => system == CiSystemKind.GitLab && b is "**" ? "*" : b).Distinct(StringComparer.Ordinal)],
            PullRequests = files.Any(f => f.Triggers.PullRequests),
            Manual = files.Any(f => f.Triggers.Manual),
            Schedules = [.. files.SelectMany(f => f.Triggers.Schedules).Distinct(StringComparer.Ordinal)],
            Other = [.. files.SelectMany(f => f.Triggers.Other).Distinct(StringComparer.Ordinal)],
        };
    }

    // Versions the existing CI's actions install, for CI to set the tools up where mise pins none.
    private static Dictionary<string, string> ToolVersions(RepositoryFacts facts, List<string> advice)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in facts.CiFiles.SelectMany(f => f.Steps).Where(s => s.Version is not null))
        {
            var tool = step.Text.StartsWith("golangci/", StringComparison.Ordinal) ? "golangci-lint"
                : step.Text.StartsWith("goreleaser/", StringComparison.Ordinal) ? "goreleaser" : null;
            if (tool is not null)
            {
                versions.TryAdd(tool, tool is "golangci-lint" ? step.Version!.TrimStart('v') : step.Version!);
            }
        }

        if (facts.GoReleaser is not null && !versions.ContainsKey("goreleaser") && !facts.UsesMise)
        {
            versions["goreleaser"] = DefaultGoReleaserVersion;
        }

        if (versions.Count > 0)
        {
            advice.Add($"CI sets up {string.Join(", ", versions.Select(v => $"{v.Key} {v.Value}"))} as the existing CI did (CiToolVersions in build/Build.cs); pinning them in .mise/config.toml makes local runs use the same versions.");
        }

        return versions;
    }

    private static Migration Migrate(ExistingCiFile file, IReadOnlySet<StepKind> reproduced, IReadOnlyList<PipelinePlan> pipelines)
    {
        var mine = pipelines.Where(p => p.System == file.System).ToList();
        var replacedBy = new List<string>();
        if (file.Steps.Any(s => s.Kind is not (StepKind.Setup or StepKind.Release) && reproduced.Contains(s.Kind)))
        {
            replacedBy.Add(mine.First(p => !p.Release).File);
        }

        if (file.Does(StepKind.Release) && mine.FirstOrDefault(p => p.Release) is { } release)
        {
            replacedBy.Add(release.File);
        }

        var missing = new List<string>();
        // One line per kind of step (CodeQL's init, autobuild and analyze are one thing), per command for the rest.
        foreach (var step in file.Steps.Where(s => !reproduced.Contains(s.Kind)).DistinctBy(s => s.Kind is StepKind.Other ? s.Text : s.Kind.ToString(), StringComparer.Ordinal))
        {
            missing.Add(step.Kind switch
            {
                StepKind.ReleasePlease => $"release-please ({step.Text}) opens the release pull requests and creates the tags",
                StepKind.CodeScanning => "CodeQL code scanning (github/codeql-action)",
                StepKind.Lint => $"linting ({step.Text}): pin golangci-lint in .mise/config.toml and invoke Lint to have the generated CI lint",
                StepKind.DockerBuild => $"a Docker image built outside GoReleaser ({step.Text})",
                StepKind.Release => $"a release without a GoReleaser configuration ({step.Text})",
                StepKind.Snapshot => $"a GoReleaser build without a GoReleaser configuration ({step.Text})",
                _ => $"the step '{step.Text}'",
            });
        }

        foreach (var other in file.Triggers.Other)
        {
            missing.Add($"running on the '{other}' event");
        }

        return new Migration(file.Path, replacedBy.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    // The kinds of step the generated CI does.
    private static HashSet<StepKind> Reproduced(RepositoryFacts facts, bool lints)
    {
        var kinds = new HashSet<StepKind> { StepKind.Setup, StepKind.Test, StepKind.Build };
        if (lints)
        {
            kinds.Add(StepKind.Lint);
        }

        if (facts.GoReleaser is { } config)
        {
            kinds.UnionWith([StepKind.Snapshot, StepKind.Release]);
            if (config.Dockers.Count > 0 || config.DockersV2.Count > 0)
            {
                kinds.Add(StepKind.DockerBuild); // SnapshotBuild, DockerDryRun and Release build the images
            }
        }

        return kinds;
    }

    private static void AddAdvice(RepositoryFacts facts, IReadOnlyList<PipelinePlan> pipelines, IReadOnlyList<Migration> migrations, List<string> advice)
    {
        if (pipelines.FirstOrDefault(p => p.TagInput is not null) is { } called)
        {
            advice.Add($"release-please creates tags with the workflow token, which start no workflow. In the workflow that runs release-please, replace the release steps with a job that calls the generated release: uses: ./{called.File} with tag: the tag_name output of release-please, and secrets: inherit.");
        }

        if (facts.CiImage is { Missing.Count: > 0 } image)
        {
            var missing = string.Join(" and ", image.Missing.Select(m => m is "dotnet-runtime" ? "the .NET runtime" : m));
            advice.Add(pipelines.Any(p => p.CiImageTarget is not null)
                ? $"{image.Dockerfile} lacks {missing}, which ./build.sh needs in every GitLab job, so ./build.sh GenerateCi refuses the image until it has them. Add this line after the last FROM of {image.Dockerfile}:\n    {image.SuggestedLine}"
                : $"{image.Dockerfile} lacks {missing}, which ./build.sh needs; the generated GitHub workflows do not use it (they run on GitHub's runners).");
        }

        if (facts.CiImage is null && pipelines.Any(p => p.System == CiSystemKind.GitLab))
        {
            advice.Add("GitLab jobs run ./build.sh in an image, which needs bash, the .NET runtime and Go, and the repository has no Dockerfile.ci to build one, so ./build.sh GenerateCi refuses the jobs' default image. Add a Dockerfile.ci (for example FROM golang:<version>-alpine, then RUN apk add --no-cache bash git dotnet10-runtime) and run slipway init again, or set Image on the [GitLab] attributes to an image that has them.");
        }

        if (facts.ReleaseDockerfiles.Where(d => !File.Exists(Path.Combine(facts.Root, d))).ToList() is { Count: > 0 } absent)
        {
            advice.Add($"The GoReleaser configuration builds images from {string.Join(", ", absent)}, which does not exist: DockerDryRun and the release fail until it does.");
        }

        if (pipelines.Any(p => p.System == CiSystemKind.GitLab) && migrations.Any(m => string.Equals(m.Path, ".gitlab-ci.yml", StringComparison.Ordinal)))
        {
            advice.Add($"GitLab reads one pipeline file. The generated one is {GitLabSideFile}: once it runs as you want, point Settings > CI/CD > CI/CD configuration file at it (or include: it from .gitlab-ci.yml for what you keep).");
        }
    }
}
