namespace Slipway.Components.CiGeneration;

/// <summary>
/// CI files compiled from the target graph: <see cref="GenerateCi"/> writes every file the build class's
/// <see cref="GitHubActionsAttribute"/>s and <see cref="GitLabAttribute"/>s configure, <see cref="CheckGenerated"/>
/// fails when a committed file differs. Generation happens in-process and only when one of these targets runs.
/// </summary>
public interface IGenerateCi : IBuild
{
    /// <summary>Writes every configured CI file (atomically; nothing is written when any file cannot be generated).</summary>
    Target GenerateCi => _ => _
        .Description("Writes the GitHub Actions workflows and .gitlab-ci.yml compiled from the target graph")
        .Executes(() =>
        {
            var files = GenerateCiFiles();
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

            var stale = GeneratedFiles.FindStale(Context.RootDirectory, GenerateCiFiles()).ToList();
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
    /// Image of a GitLab job group: the attribute's <see cref="GitLabAttribute.Image"/>; else, when the build has
    /// the CI image component, the content-tagged CI image (so a changed Dockerfile.ci changes the pipeline, and
    /// CheckGenerated notices); else <see cref="GitLabAttribute.DefaultImage"/>.
    /// </summary>
    string GitLabImage(GitLabAttribute attribute) =>
        attribute?.Image ?? (this is CiImage.ICiImage ciImage ? ciImage.GitLabCiImageReference : GitLabAttribute.DefaultImage);

    /// <summary>Platforms QEMU emulates in jobs whose targets use <see cref="CiCapabilities.Qemu"/>.</summary>
    IReadOnlyList<string> QemuPlatforms => ["linux/arm64"];

    /// <summary>Files (globs) keying the NuGet cache: the build's project files.</summary>
    IReadOnlyList<string> DotNetCacheKeyFiles => ["build/*.csproj", "src/*/*.csproj"];

    /// <summary>The settings the generators read: tool pins from <c>.mise/config.toml</c>, the Go dependency file, the members above.</summary>
    CiGenerationSettings CiSettings()
    {
        var root = Context.RootDirectory;
        return new CiGenerationSettings(
            Tools.MiseConfig.Load(root),
            File.Exists(Path.Combine(root, "go.sum")) ? "go.sum" : "go.mod",
            DotNetCacheKeyFiles,
            QemuPlatforms,
            GitLabImage);
    }

    /// <summary>Every configured CI file, in memory.</summary>
    IReadOnlyList<GeneratedFile> GenerateCiFiles() => CiFileGenerator.Generate(GetType(), Context.Graph, CiSettings());
}
