namespace Slipway.Components.Tests.Tools;

/// <summary>The exit code and everything a build printed.</summary>
internal sealed record BuildRun(int ExitCode, string Output);

/// <summary>Runs a build in-process with a given environment, as <c>./build.sh</c> would, and captures its output.</summary>
internal static class BuildHarness
{
    public static async Task<BuildRun> RunAsync(SlipwayBuild build, GoProject project, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var writer = new StringWriter();
        var runner = new BuildRunner(writer, environment, project.Root);
        var exitCode = await runner.RunAsync(build, args);
        return new BuildRun(exitCode, writer.ToString());
    }
}
