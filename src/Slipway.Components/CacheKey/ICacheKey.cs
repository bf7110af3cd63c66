namespace Slipway.Components.CacheKey;

/// <summary>
/// <c>CacheKey</c>: writes <c>.cache-key</c> (see <see cref="CacheKeyFile"/>) from <see cref="CacheKeyFiles"/>; commit
/// the result. GitLab's <c>cache:key:files</c> names it, so the key covers more than GitLab's two-file limit.
/// </summary>
public interface ICacheKey : IBuild
{
    /// <summary>Files hashed into <c>.cache-key</c>, in order; a trailing <c>?</c> marks an optional file.</summary>
    [Parameter("Files hashed into .cache-key, in order; a trailing ? marks a file optional (default: go.mod go.sum? .gitlab-ci.yml Dockerfile.ci? .mise/config.toml? global.json? Directory.Build.props? Directory.Packages.props? NuGet.config? build/_build.csproj?)")]
    string[]? CacheKeyFiles => this.GetParameter(() => CacheKeyFiles);

    /// <summary>The files in force: <see cref="CacheKeyFiles"/> or <see cref="CacheKeyFile.DefaultFiles"/>.</summary>
    IReadOnlyList<string> EffectiveCacheKeyFiles => CacheKeyFiles is { Length: > 0 } files ? files : CacheKeyFile.DefaultFiles;

    /// <summary>Regenerates <c>.cache-key</c>.</summary>
    Target CacheKey => _ => _
        .Description("Writes .cache-key (sha256sum of the cache inputs) for GitLab's cache:key:files; commit it")
        .After<CiGeneration.IGenerateCi>(x => x.GenerateCi) // .cache-key hashes .gitlab-ci.yml, which GenerateCi writes.
        .Executes(() =>
        {
            var content = CacheKeyFile.Write(Context.RootDirectory, EffectiveCacheKeyFiles);
            Context.Log.Information("Wrote {File}:\n{Content}", CacheKeyFile.FileName, content.TrimEnd('\n'));
        });
}
