using System.Diagnostics;

namespace Slipway.Components.Tests.Tools;

/// <summary>
/// The GoReleaser TEST DOUBLE (Release/GoReleaserDouble/main.go), compiled once per test run with the real Go toolchain and
/// installed into a project's bin directory as <c>goreleaser</c>. GoReleaser itself cannot be installed here.
/// </summary>
internal static class GoReleaserDouble
{
    private static readonly Lazy<string> Binary = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string BinaryPath => Binary.Value;

    public static void InstallInto(GoProject project) => project.LinkTool("goreleaser", Binary.Value);

    /// <summary>Steers the double through its control file (see main.go).</summary>
    public static void Control(GoProject project, params string[] lines) => File.WriteAllText(project.Combine(".goreleaser-double"), string.Join('\n', lines) + "\n");

    private static string Compile()
    {
        var source = Path.Combine(GoProject.RepositoryRoot, "tests", "Slipway.Components.Tests", "Release", "GoReleaserDouble");
        var output = Path.Combine(AppContext.BaseDirectory, "goreleaser-double", "goreleaser");
        var start = new ProcessStartInfo("go", ["build", "-o", output, "."]) { WorkingDirectory = source, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["GOPROXY"] = "off";
        start.Environment["GOFLAGS"] = "-mod=mod";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"Could not build the GoReleaser test double: {error}");
    }
}
