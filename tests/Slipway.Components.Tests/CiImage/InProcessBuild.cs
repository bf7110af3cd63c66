
namespace Slipway.Components.Tests.CiImage;

/// <summary>A repository root in a temp directory (with <c>.nuke</c>) and in-process runs of a build in it.</summary>
internal sealed class InProcessBuild : IDisposable
{
    private readonly TempDirectory _dir = new("slipway-ci");

    public InProcessBuild()
    {
        Directory.CreateDirectory(_dir.Combine(".nuke"));
    }

    public string Root => _dir.Path;

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string Write(string relativePath, string text) => _dir.Write(relativePath, text);

    public string Read(string relativePath) => File.ReadAllText(_dir.Combine(relativePath));

    public async Task<(int ExitCode, string Output)> RunAsync<TBuild>(params string[] args)
        where TBuild : SlipwayBuild, new()
    {
        using var output = new StringWriter();
        var exitCode = await new BuildRunner(output, Environment, Root).RunAsync(new TBuild(), args);
        return (exitCode, output.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
