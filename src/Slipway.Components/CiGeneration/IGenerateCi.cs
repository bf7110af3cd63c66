using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// CI files compiled from the target graph: <see cref="GenerateCi"/> writes every file the build class's
/// CI attributes (of every registered CI system, see <see cref="CiSystems.ICiSystem"/>) configure, <see cref="CheckGenerated"/>
/// fails when a committed file differs. Generation happens in-process and only when one of these targets runs.
/// </summary>
public interface IGenerateCi : IBuild
{
    /// <summary>Writes every configured CI file (atomically; nothing is written when any file cannot be generated).</summary>
    Target GenerateCi => _ => _
        .Description("Writes the GitHub Actions workflows and .gitlab-ci.yml compiled from the target graph")
        .Executes(() =>
        {
            var settings = CiSettings();
            var files = CiFileGenerator.Generate(GetType(), Context.Graph, settings);
            ReportWarnings(settings);
            var written = GeneratedFiles.Write(Context.RootDirectory, files);
            foreach (var file in files)
            {
                Context.Log.Information("{File}: {State}", file.RelativePath, written.Contains(file.RelativePath, StringComparer.Ordinal) ? "written" : "up to date");
            }

            // .cache-key hashes .gitlab-ci.yml, so it is regenerated with it.
            if (this is CacheKey.ICacheKey cacheKey)
            {
                CacheKey.CacheKeyFile.Write(Context.RootDirectory, cacheKey.EffectiveCacheKeyFiles);
                Context.Log.Information("{File}: written", CacheKey.CacheKeyFile.FileName);
            }
        });

    /// <summary>Fails, naming each stale or missing file with its first differing lines, when the committed CI files are out of date.</summary>
    Target CheckGenerated => _ => _
        .Description("Fails when a committed CI file differs from what the target graph generates")
        .Executes(() =>
        {
            // A frozen release-contract.json is generated too (Release.IReleaseContract.CaptureReleaseContract), with or without CI files.
            if (this is Release.IReleaseContract contract && contract.FindStaleReleaseContract() is { } staleContract)
            {
                throw new InvalidOperationException(staleContract);
            }

            // A build without CI attributes (a Lint-only build, say) has nothing to drift; the check passes and says so.
            if (!CiFileGenerator.IsConfigured(GetType()))
            {
                Context.Log.Information("{Build} declares no [GitHubActions] or [GitLab] attribute: no generated CI file to check", GetType().Name);
                return;
            }

            var settings = CiSettings();
            var stale = GeneratedFiles.FindStale(Context.RootDirectory, CiFileGenerator.Generate(GetType(), Context.Graph, settings)).ToList();
            ReportWarnings(settings);
            if (this is CacheKey.ICacheKey cacheKey && CacheKey.CacheKeyFile.FindStaleness(Context.RootDirectory, cacheKey.EffectiveCacheKeyFiles) is { } staleKey)
            {
                stale.Add(staleKey);
            }

            if (stale.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{stale.Count} generated CI file(s) are out of date:\n" + string.Join('\n', stale) + "\nRun ./build.sh GenerateCi and commit the result.");
            }

            Context.Log.Information("Generated CI files are up to date");
        });

    /// <summary>
    /// Files (globs) keying the NuGet cache: everything that changes the restore of the build program. The default
    /// takes those of <c>global.json</c>, <c>Directory.Build.props</c>, <c>Directory.Packages.props</c>, <c>NuGet.config</c>
    /// and <c>build/*.csproj</c> that exist.
    /// </summary>
    IReadOnlyList<string> DotNetCacheKeyFiles =>
        [.. new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "NuGet.config", "build/Directory.Build.props" }
            .Where(f => File.Exists(Context.PathTo(f))).Append("build/*.csproj")];

    /// <summary>The CI image container-based CI jobs run in, with what its Dockerfile provides; null without the CI image component.</summary>
    CiJobImage? CiJobImage()
    {
        if (this is not CiImage.ICiImage ciImage)
        {
            return null;
        }

        var dockerfile = ciImage.CiDockerfile is { Length: > 0 } file ? file : "Dockerfile.ci";
        if (!File.Exists(Context.PathTo(dockerfile)))
        {
            return null;
        }

        var facts = CiImage.CiImageFacts.Read(Context.RootDirectory, dockerfile, Tools.MiseConfig.Load(Context.RootDirectory), EnvironmentFacts.Default);
        var tag = CiImage.CiImageTag.ComputeFromFiles(
            Context.RootDirectory,
            dockerfile,
            CiImage.CiImageSettings.ParseBuildArgs(ciImage.CiBuildArgs),
            ciImage.CiTargetStage is { Length: > 0 } stage ? stage : null,
            ciImage.CiImageTagPrefix);
        return new CiJobImage(tag, facts);
    }

    /// <summary>The settings the generators read: tool pins, the Go dependency file, the members above.</summary>
    CiGenerationSettings CiSettings()
    {
        var root = Context.RootDirectory;
        var settings = new CiGenerationSettings(
            Tools.MiseConfig.Load(root),
            File.Exists(Path.Combine(root, "go.sum")) ? "go.sum" : "go.mod",
            DotNetCacheKeyFiles)
        {
            CiImage = CiJobImage(),
            CacheKeyFile = this is CacheKey.ICacheKey ? CacheKey.CacheKeyFile.FileName : null,
            CostsFor = CommittedCosts(),
        };
        settings.Warnings.AddRange(RestoreInputsNotKeyed(settings.DotNetCacheKeyFiles));
        return settings;
    }

    /// <summary>
    /// Costs for attributes that set <c>OptimizeJobs</c>, from the committed baseline only, so every machine generates
    /// the same files (local timings differ from machine to machine).
    /// </summary>
    Func<string, PartitionCosts?> CommittedCosts()
    {
        var path = this is Timing.ITimingSettings timing ? timing.BaselinePath : Context.PathTo(Timing.Baseline.DefaultPath);
        var baseline = new Lazy<Timing.Baseline?>(() => Timing.Baseline.ReadIfExists(path));
        var none = new Dictionary<string, double>(StringComparer.Ordinal);
        return key => baseline.Value is { } known && known.Pipelines.ContainsKey(key)
            ? Timing.CiPlanner.Costs(key, string.Equals(key, Timing.BaselineBuilder.GitLabPipelineKey, StringComparison.Ordinal) ? Timing.CiSystem.GitLab : Timing.CiSystem.GitHub, known, none, null)
            : null;
    }

    /// <summary>Files that change the NuGet restore but are missing from <paramref name="keyFiles"/>, as warnings.</summary>
    IEnumerable<string> RestoreInputsNotKeyed(IReadOnlyList<string> keyFiles) =>
        new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "NuGet.config" }
            .Where(f => File.Exists(Context.PathTo(f)) && !keyFiles.Contains(f, StringComparer.Ordinal))
            .Select(f => $"The NuGet cache key ({string.Join(", ", keyFiles)}) leaves out {f}, which changes the restore: a change to it restores stale packages. Add it to DotNetCacheKeyFiles.");

    /// <summary>Logs the generators' warnings (and annotates them on CI).</summary>
    void ReportWarnings(CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var warning in settings.Warnings)
        {
            Context.Log.Warning("{Warning}", warning);
        }
    }
}
