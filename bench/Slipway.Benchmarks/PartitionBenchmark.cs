using System.Diagnostics;
using System.Globalization;
using System.Text;
using Slipway.Components.CiGeneration;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Testing;

namespace Slipway.Benchmarks;

/// <summary>
/// The structural partition (one job per entry target), the optimised one (<see cref="PartitionOptimizer"/>) and one
/// serial job, each run as a GitLab pipeline by gitlab-ci-local, on three graph shapes. Jobs sleep for their targets'
/// durations and for the per-job overhead (what a hosted runner spends on start-up, checkout and caches), scaled down
/// by <c>--scale</c> (default 0.05: one CI second is 50 ms). Wall-clock is first job start to last job end; runner time
/// the sum of the jobs' own durations; both are printed scaled back up. gitlab-ci-local starts jobs in waves (a job
/// whose needs are done waits for the rest of its wave; see facts/README.md), which GitLab does not, so DAG-shaped
/// pipelines measure somewhat slower here than there. <c>--concurrency N</c> limits the jobs it runs at once, as a
/// small runner pool does (default: unlimited). Options: <c>--overhead 45</c>, <c>--rounds 1</c>.
/// </summary>
internal sealed class PartitionBenchmark : IBenchmark
{
    private const double GateOverheadSeconds = 5;

    public string Name => "ci-partition";

    public string Description => "structural vs optimised job partition vs one serial job, run by gitlab-ci-local on three graph shapes";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var arguments = new BenchmarkArguments([.. args]);
        var scale = double.Parse(arguments.Get("scale", "0.05"), CultureInfo.InvariantCulture);
        var overhead = double.Parse(arguments.Get("overhead", "45"), CultureInfo.InvariantCulture);
        var concurrency = arguments.Get("concurrency", 0);
        var rounds = arguments.Get("rounds", 1);
        var gitlabCiLocal = GitLabCiLocal();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Per-job overhead {overhead} s, gates {GateOverheadSeconds} s, scale {scale}, concurrency {(concurrency == 0 ? "unlimited" : concurrency)}, {rounds} round(s), median; nproc {Environment.ProcessorCount}")
            .AppendLine()
            .AppendLine("| shape | partition | jobs | wall-clock | runner minutes | wall vs structural | wall vs serial | runner vs structural |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var shape in PartitionShapes.All)
        {
            var costs = new PartitionCosts(shape.Seconds, TimeSpan.FromSeconds(overhead), TimeSpan.FromSeconds(GateOverheadSeconds), "benchmark")
            {
                Runners = concurrency > 0 ? concurrency : null, // the optimiser knows the runner pool the run will have
            };
            var structural = JobPartitioner.Partition(shape.Graph, [shape.Invoked], [], "[benchmark]");
            var optimised = PartitionOptimizer.Optimize(structural, costs);
            var serial = Serial(structural);
            var measured = new List<(string Name, int Jobs, double Wall, double Runner)>();
            foreach (var (name, jobs) in new[] { ("structural", structural), ("optimised", optimised), ("serial", serial) })
            {
                var runs = new List<(double Wall, double Runner)>();
                for (var round = 0; round < rounds; round++)
                {
                    runs.Add(await RunAsync(gitlabCiLocal, Pipeline(jobs, shape.Seconds, overhead, scale), concurrency, cancellationToken));
                }

                measured.Add((name, jobs.Count, Median(runs.Select(r => r.Wall)) / scale, Median(runs.Select(r => r.Runner)) / scale));
            }

            var (s, se) = (measured[0], measured[2]);
            foreach (var row in measured)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {shape.Name} | {row.Name} | {row.Jobs} | {Clock(row.Wall)} | {row.Runner / 60:0.0} | {row.Wall / s.Wall:0.00} | {row.Wall / se.Wall:0.00} | {row.Runner / s.Runner:0.00} |");
            }
        }

        Console.Write(text.ToString());
        return 0;
    }

    /// <summary>Every non-gate target in one job, each once.</summary>
    private static IReadOnlyList<TargetJob> Serial(IReadOnlyList<TargetJob> jobs)
    {
        var first = jobs.First(j => !j.IsGate);
        var targets = jobs.Where(j => !j.IsGate).SelectMany(j => j.Targets).Distinct().ToList();
        return [first with { Id = "serial", Targets = targets, Needs = [], DownloadsFrom = [] }];
    }

    private static Pipeline Pipeline(IReadOnlyList<TargetJob> jobs, IReadOnlyDictionary<string, double> seconds, double overhead, double scale)
    {
        string Sleep(double s) => (s * scale).ToString("0.###", CultureInfo.InvariantCulture);
        var pipelineJobs = jobs.Select(job =>
        {
            var (setup, work) = job.IsGate ? (GateOverheadSeconds, 0.0) : (overhead, job.Targets.Sum(t => seconds.GetValueOrDefault(t.Name)));
            var script = $"echo \"begin $(date +%s.%N)\" >> \"$TIMES\" && sleep {Sleep(setup)} && sleep {Sleep(work)} && echo \"end $(date +%s.%N)\" >> \"$TIMES\"";
            return new PipelineJob(job.Id, job.DisplayName, script) { Needs = job.Needs };
        }).ToList();
        return new Pipeline("benchmark", ".gitlab-ci.yml", new PipelineTriggers { Push = new PushTrigger { Branches = ["main"] } }, pipelineJobs);
    }

    private static async Task<(double Wall, double Runner)> RunAsync(string gitlabCiLocal, Pipeline pipeline, int concurrency, CancellationToken cancellationToken)
    {
        using var repository = new TempDirectory("slipway-bench-partition");
        using var home = new TempDirectory("slipway-bench-home");
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(pipeline));
        var times = repository.Combine("times.log");
        foreach (var git in new[] { "init -q -b main", "-c user.email=bench@example.invalid -c user.name=bench commit -q --allow-empty -m bench" })
        {
            await RunProcessAsync("git", git.Split(' '), repository.Path, new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken);
        }

        string[] arguments = ["--force-shell-executor", "--color=false", "--variable", $"TIMES={times}", .. concurrency > 0 ? ["--concurrency", concurrency.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>()];
        await RunProcessAsync(gitlabCiLocal, arguments, repository.Path, new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" }, cancellationToken);
        var stamps = File.ReadAllLines(times).Select(l => l.Split(' ')).Select(p => (Kind: p[0], At: double.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        var begins = stamps.Where(s => string.Equals(s.Kind, "begin", StringComparison.Ordinal)).Select(s => s.At).Order().ToList();
        var ends = stamps.Where(s => string.Equals(s.Kind, "end", StringComparison.Ordinal)).Select(s => s.At).Order().ToList();
        // Jobs are matched by order of their stamps only for the sum, which does not depend on the pairing.
        return (ends.Max() - begins.Min(), ends.Sum() - begins.Sum());
    }

    private static async Task RunProcessAsync(string file, IEnumerable<string> arguments, string directory, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{await output}{await error}");
        }
    }

    private static string GitLabCiLocal()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "tools", "node_modules", ".bin", "gitlab-ci-local");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("gitlab-ci-local is not installed: run bash tests/setup.sh (it installs tests/tools).");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
