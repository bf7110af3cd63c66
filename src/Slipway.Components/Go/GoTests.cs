using System.Globalization;
using Slipway.Clients.Diagnostics;
using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// Runs <c>go test -json ./...</c> in each Go module (with <c>-race</c> when cgo works) and reports a summary per
/// module and annotations at repository paths.
/// </summary>
internal static class GoTests
{
    private const int SlowestShown = 5;

    public static async Task RunAsync(ITest build, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var go = build.RequireTool(KnownTools.Go);
        var modules = GoModules.Find(build);
        var race = await RaceDetectorAvailableAsync(build, go, cancellationToken);
        context.Log.Information(race ? "cgo and a C compiler are available: running with -race" : "cgo or a C compiler is missing: running without -race");
        var failures = new List<string>();
        var profiles = new List<(GoModule Module, string Path)>();
        foreach (var module in modules)
        {
            var profile = Path.Combine(context.TemporaryDirectory, $"coverage-{profiles.Count}.out");
            Directory.CreateDirectory(context.TemporaryDirectory);
            profiles.Add((module, profile));
            string[] tags = build.GoTags is { Length: > 0 } goTags ? ["-tags=" + goTags] : [];
            var result = await ToolProcess.RunAsync(build, go, module.Directory, ["test", "-json", .. (race ? new[] { "-race" } : []), .. tags, "-coverprofile=" + profile, "./..."], cancellationToken, module.Environment);
            var summary = GoTestJsonParser.Parse(result.StandardOutput);
            var several = modules.Count > 1;
            if (several)
            {
                context.Log.Information("Module {Module} ({Path}):", module.Label, module.Path);
            }

            foreach (var line in Describe(summary))
            {
                context.Log.Information("{Line}", several ? "  " + line : line);
            }

            foreach (var finding in summary.Findings())
            {
                // go test names a failing test's file relative to its package (the finding's rule).
                FindingAnnotations.AnnotateAt(context, finding, module.RootRelative(context.RootDirectory, finding.File, finding.Rule));
            }

            if (result.ExitCode != 0 || !summary.Succeeded)
            {
                failures.Add((several ? $"{module.Label}: " : "") + Failure(summary, result));
            }
        }

        WriteCoverage(build, profiles);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", failures));
        }
    }

    /// <summary>Merges the modules' cover profiles into the Cobertura report, with paths relative to the root, and logs the total.</summary>
    private static void WriteCoverage(ITest build, List<(GoModule Module, string Path)> profiles)
    {
        var context = build.Context;
        var coverage = new CoverProfile();
        var moduleOf = new List<GoModule>();
        foreach (var (module, path) in profiles.Where(p => File.Exists(p.Path)))
        {
            coverage.Add(File.ReadAllText(path), path);
            moduleOf.Add(module);
        }

        string RepositoryPath(string goFile)
        {
            // Go names files by import path: the module path, then the package directory.
            var module = moduleOf.Where(m => goFile.StartsWith(m.Path + "/", StringComparison.Ordinal)).MaxBy(m => m.Path.Length);
            var inModule = module is null ? goFile : goFile[(module.Path.Length + 1)..];
            var relative = module is null || module.RelativePath is "." ? inModule : $"{module.RelativePath}/{inModule}";
            return string.Equals(build.GoDirectory, context.RootDirectory, StringComparison.Ordinal) ? relative
                : Path.GetRelativePath(context.RootDirectory, Path.Combine(build.GoDirectory, relative)).Replace('\\', '/');
        }

        Slipway.IO.AtomicFile.WriteAllText(context.PathTo(build.CoverageReport), CoberturaReport.Write(coverage, RepositoryPath, DateTimeOffset.UtcNow));
        var percent = (coverage.StatementCoverage * 100).ToString("0.0", CultureInfo.InvariantCulture);
        context.Log.Information("Coverage: {Percent}% of statements ({Report})", percent, build.CoverageReport);
        if (context.Host.StepSummaryPath is { } summary)
        {
            File.AppendAllText(summary, $"\n**Go test coverage:** {percent}% of statements\n");
        }
    }

    private static string Failure(GoTestSummary summary, Slipway.Tooling.ProcessResult result)
    {
        var failedTests = summary.Tests.Where(t => t.Outcome is GoTestOutcome.Fail).Select(t => t.Name).ToList();
        var failedPackages = summary.Packages.Where(p => p.Outcome is GoTestOutcome.Fail or GoTestOutcome.Incomplete).Select(p => p.Package).ToList();
        return failedTests.Count > 0
            ? $"{failedTests.Count} Go test(s) failed: {string.Join(", ", failedTests.Take(10))}{(failedTests.Count > 10 ? ", ..." : "")}."
            : failedPackages.Count > 0
                ? $"Go package(s) failed to build or run: {string.Join(", ", failedPackages)}.\n{ToolProcess.Tail(result)}"
                : $"go test exited with code {result.ExitCode}:\n{ToolProcess.Tail(result)}";
    }

    /// <summary>The summary lines: packages, test counts, slowest tests.</summary>
    internal static IReadOnlyList<string> Describe(GoTestSummary summary)
    {
        var tests = summary.Tests.ToList();
        int Count(GoTestOutcome outcome) => tests.Count(t => t.Outcome == outcome);
        var packagesFailed = summary.Packages.Count(p => p.Outcome is GoTestOutcome.Fail or GoTestOutcome.Incomplete);
        var lines = new List<string>
        {
            $"Go tests: {summary.Packages.Count} package(s) ({packagesFailed} failed), {tests.Count} test(s): {Count(GoTestOutcome.Pass)} passed, {Count(GoTestOutcome.Fail)} failed, {Count(GoTestOutcome.Skip)} skipped",
        };
        var slowest = tests.Where(t => t.Elapsed is not null).OrderByDescending(t => t.Elapsed).ThenBy(t => t.Name, StringComparer.Ordinal).Take(SlowestShown).ToList();
        if (slowest.Count > 0)
        {
            lines.Add("Slowest tests:");
            lines.AddRange(slowest.Select(t => $"  {t.Elapsed!.Value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),7} s  {t.Name} ({t.Package})"));
        }

        return lines;
    }

    private static async Task<bool> RaceDetectorAvailableAsync(ITest build, string go, CancellationToken cancellationToken)
    {
        var env = await ToolProcess.RunAsync(build, go, build.GoDirectory, ["env", "CGO_ENABLED", "CC"], cancellationToken);
        var values = env.StandardOutput.Split('\n', StringSplitOptions.TrimEntries);
        var compiler = values.Length > 1 ? values[1].Split(' ', 2)[0] : "";
        return env.ExitCode == 0 && string.Equals(values[0], "1", StringComparison.Ordinal) && compiler.Length > 0 && build.Context.Tools.Locate(compiler) is not null;
    }
}
