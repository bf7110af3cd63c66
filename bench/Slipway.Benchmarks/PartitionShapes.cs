using Slipway.Graph;

namespace Slipway.Benchmarks;

/// <summary>
/// Target graphs of three shapes real Go repositories have, with target durations (seconds on a hosted runner) of the
/// order such projects report: the partition benchmark runs each as a pipeline.
/// </summary>
internal static class PartitionShapes
{
    /// <summary>One shape: its graph, the target CI invokes, each target's duration.</summary>
    internal sealed record Shape(string Name, TargetGraph Graph, string Invoked, IReadOnlyDictionary<string, double> Seconds);

    public static IReadOnlyList<Shape> All { get; } =
    [
        new("checks and a long test", TargetGraph.Discover(new ChecksAndLongTest()), nameof(ChecksAndLongTest.Validate),
            Seconds(("Restore", 20), ("Lint", 25), ("Vet", 10), ("Test", 150), ("SnapshotBuild", 60), ("DockerDryRun", 40))),
        new("many small checks", TargetGraph.Discover(new ManySmallChecks()), nameof(ManySmallChecks.Verify),
            Seconds(("Format", 5), ("Vet", 8), ("Staticcheck", 20), ("Licenses", 6), ("Tidy", 4), ("Generate", 12), ("Unit", 40), ("Docs", 7))),
        new("monorepo modules", TargetGraph.Discover(new MonorepoModules()), nameof(MonorepoModules.Ci),
            Seconds(("Download", 30), ("TestApi", 90), ("TestWorker", 70), ("TestCli", 15), ("LintApi", 20), ("LintWorker", 18), ("LintCli", 8))),
    ];

    private static Dictionary<string, double> Seconds(params (string Target, double Seconds)[] targets) =>
        targets.ToDictionary(t => t.Target, t => t.Seconds, StringComparer.Ordinal);

    /// <summary>Lint and vet on a shared restore, a long test, a snapshot build handed to a Docker dry run.</summary>
    private sealed class ChecksAndLongTest : SlipwayBuild
    {
        public Target Restore => _ => _.Executes(() => { });

        public Target Lint => _ => _.DependsOn(Restore).Executes(() => { });

        public Target Vet => _ => _.DependsOn(Restore).Executes(() => { });

        public Target Test => _ => _.DependsOn(Restore).Executes(() => { });

        public Target SnapshotBuild => _ => _.Produces("dist/").Executes(() => { });

        public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Executes(() => { });

        public Target Validate => _ => _.DependsOn(Lint, Vet, Test, DockerDryRun);
    }

    /// <summary>Eight independent checks of a few seconds each, as linters-and-generators repositories have.</summary>
    private sealed class ManySmallChecks : SlipwayBuild
    {
        public Target Format => _ => _.Executes(() => { });

        public Target Vet => _ => _.Executes(() => { });

        public Target Staticcheck => _ => _.Executes(() => { });

        public Target Licenses => _ => _.Executes(() => { });

        public Target Tidy => _ => _.Executes(() => { });

        public Target Generate => _ => _.Executes(() => { });

        public Target Unit => _ => _.Executes(() => { });

        public Target Docs => _ => _.Executes(() => { });

        public Target Verify => _ => _.DependsOn(Format, Vet, Staticcheck, Licenses, Tidy, Generate, Unit, Docs);
    }

    /// <summary>A go.work of three modules: tests and lint per module on one module download.</summary>
    private sealed class MonorepoModules : SlipwayBuild
    {
        public Target Download => _ => _.Executes(() => { });

        public Target TestApi => _ => _.DependsOn(Download).Executes(() => { });

        public Target TestWorker => _ => _.DependsOn(Download).Executes(() => { });

        public Target TestCli => _ => _.DependsOn(Download).Executes(() => { });

        public Target LintApi => _ => _.DependsOn(Download).Executes(() => { });

        public Target LintWorker => _ => _.DependsOn(Download).Executes(() => { });

        public Target LintCli => _ => _.DependsOn(Download).Executes(() => { });

        public Target Ci => _ => _.DependsOn(TestApi, TestWorker, TestCli, LintApi, LintWorker, LintCli);
    }
}
