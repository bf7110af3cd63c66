using Slipway.Pipelines.Model;

namespace Slipway.Components.Tests.Timing;

/// <summary>Runs <see cref="TimingBuild"/> through the real <see cref="BuildRunner"/> in a temporary build root.</summary>
internal sealed class TimingTargetRunner : IDisposable
{
    public TempDirectory Root { get; } = new("slipway-timing");

    public TimingTargetRunner() => Directory.CreateDirectory(Root.Combine(".nuke"));

    public string BaselinePath => Root.Combine(".nuke", "baseline.json");

    public string TimingsPath => Root.Combine(".nuke", "temp", "timings.json");

    public async Task<(int Exit, string Output)> RunAsync(IReadOnlyList<string> args, Dictionary<string, string>? environment = null, IReadOnlyList<Pipeline>? pipelines = null)
    {
        using var output = new StringWriter();
        var exit = await new BuildRunner(output, environment ?? new Dictionary<string, string>(StringComparer.Ordinal), Root.Path)
            .RunAsync(new TimingBuild(pipelines), args);
        return (exit, output.ToString());
    }

    public void Dispose() => Root.Dispose();
}
