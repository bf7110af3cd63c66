namespace Slipway.Reporting;

/// <summary>
/// Reads what the job's caches restored, before any target runs (targets fill the cached directories). Generated CI
/// jobs say it through Slipway's own variables, so the engine knows no CI system: <see cref="HitsVariable"/> carries
/// the cache steps' <c>cache-hit</c> outputs (<c>name=true|false|</c>), <see cref="PathsVariable"/> names directories
/// whose content shows a restore (<c>name=path[,path]</c>, for systems that report nothing). Nothing on a terminal.
/// </summary>
public static class CacheProbe
{
    /// <summary><c>name=value</c> words: <c>true</c> an exact hit, <c>false</c> a restore key, empty a miss.</summary>
    public const string HitsVariable = "SLIPWAY_CACHE_HITS";

    /// <summary><c>name=path[,path]</c> words, paths relative to the root: a non-empty directory means restored.</summary>
    public const string PathsVariable = "SLIPWAY_CACHE_PATHS";

    /// <summary>Set by <c>build.sh</c>: <c>cached</c> when the program was started as compiled, <c>compiled</c> when it had to compile.</summary>
    public const string BuildProgramVariable = "SLIPWAY_BUILD_PROGRAM";

    /// <summary>The name generated jobs give the compiled build program's cache.</summary>
    public const string BuildProgramCache = "build-program";

    /// <summary>The caches of this job, in the order the variables name them.</summary>
    public static IReadOnlyList<CacheResult> Read(IReadOnlyDictionary<string, string> environment, string root)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var results = new List<CacheResult>();
        foreach (var (name, value) in Words(environment.GetValueOrDefault(HitsVariable)))
        {
            results.Add(new CacheResult(name, value switch { "true" => CacheResult.Hit, "false" => CacheResult.Partial, _ => CacheResult.Miss }));
        }

        foreach (var (name, value) in Words(environment.GetValueOrDefault(PathsVariable)).Where(w => results.All(r => !string.Equals(r.Name, w.Name, StringComparison.Ordinal))))
        {
            if (string.Equals(name, BuildProgramCache, StringComparison.Ordinal) && BuildProgram(environment) is { } program)
            {
                // build.sh fills the program's directory before the run starts; what it did is the cache's outcome.
                results.Add(new CacheResult(name, string.Equals(program, "cached", StringComparison.Ordinal) ? CacheResult.Restored : CacheResult.Miss));
                continue;
            }

            var restored = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Any(path => Directory.Exists(Path.Combine(root, path)) && Directory.EnumerateFileSystemEntries(Path.Combine(root, path)).Any());
            results.Add(new CacheResult(name, restored ? CacheResult.Restored : CacheResult.Miss));
        }

        return results;
    }

    /// <summary><see cref="BuildProgramVariable"/> when <c>build.sh</c> set it, else null (started another way).</summary>
    public static string? BuildProgram(IReadOnlyDictionary<string, string> environment) =>
        environment?.GetValueOrDefault(BuildProgramVariable) is "cached" or "compiled" ? environment[BuildProgramVariable] : null;

    private static IEnumerable<(string Name, string Value)> Words(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Split('=', 2))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : ""));
}
