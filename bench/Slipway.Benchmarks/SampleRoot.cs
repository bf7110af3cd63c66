namespace Slipway.Benchmarks;

/// <summary>A temporary build root (with <c>.nuke/</c>) for sample builds run in-process; deleted on dispose.</summary>
internal sealed class SampleRoot : IDisposable
{
    public SampleRoot()
    {
        Path = Directory.CreateTempSubdirectory("slipway-bench-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".nuke"));
    }

    public string Path { get; }

    /// <summary>Runs <paramref name="build"/> with <paramref name="args"/> in this root; throws on a non-zero exit.</summary>
    public async Task RunAsync(SlipwayBuild build, params string[] args)
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        using var writer = new StringWriter();
        var exitCode = await new BuildRunner(writer, environment, Path).RunAsync(build, args);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{build.GetType().Name} {string.Join(' ', args)} exited {exitCode}:\n{writer}");
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
