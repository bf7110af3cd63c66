using System.Globalization;
using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Components.Timing;
using Slipway.Pipelines.Estimation;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Xunit;

namespace Slipway.Components.Tests.Timing;

/// <summary>
/// The estimator against a real pipeline run: a generated fan-out/fan-in DAG of sleeping jobs run by gitlab-ci-local
/// (jobs run concurrently as their needs allow). Each job pays an overhead as a container job does: it clones the
/// project, restores a module cache from a tar and packs it again afterwards, and waits 0.4 s for what a hosted runner
/// spends starting its container and pulling the image (latency, not CPU: in CI each job has a machine of its own,
/// here they share two cores, so CPU-bound set-up would measure this machine's contention instead). The overhead is measured
/// in a calibration run of the same DAG with no work (a job's last need ended to its script started, median of four); the wall-clock
/// from timestamps the scripts log, plus one overhead for the first job's start and the last one's end, so
/// gitlab-ci-local's own start-up (parsing, schema validation) is not counted. Ignoring the overhead must miss.
/// </summary>
[Collection(EstimatorTimingCollection.Name)]
public sealed class EstimatorAgainstGitLabCiLocalTests
{
    private static readonly PipelineTriggers OnPush = new() { Push = new PushTrigger { Branches = ["main"] } };

    private static async Task<string> RunPipelineAsync(Pipeline pipeline, TempDirectory repository)
    {
        using var home = new TempDirectory("slipway-glci-home");
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(pipeline));
        if (!Directory.Exists(repository.Combine(".git")))
        {
            await ExternalTools.InitializeGitAsync(repository.Path); // gitlab-ci-local reads the file from the work tree
        }
        var run = await ExternalTools.RunAsync(
            ExternalTools.Validator("gitlab-ci-local"),
            repository.Path,
            ["--force-shell-executor", "--color=false"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" },
            timeoutSeconds: 120);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    /// <summary>A repository shaped like a small Go project with vendored modules: what every job clones.</summary>
    private static TempDirectory Repository()
    {
        var repository = new TempDirectory("slipway-glci");
        for (var module = 0; module < 4; module++)
        {
            for (var file = 0; file < 50; file++)
            {
                repository.Write($"vendor/m{module}/f{file}.go", $"package m{module}\n\n// {new string('x', 400)}\n");
            }
        }

        repository.Write("go.sum", "example.com/m v1.0.0 h1:0000\n");
        return repository;
    }

    private static List<(string Kind, string Job, double At)> Stamps(string log) =>
        [.. File.ReadAllLines(log).Select(l => l.Split(' ')).Select(s => (s[0], s[1], double.Parse(s[2], CultureInfo.InvariantCulture)))];

    [Fact]
    public async Task Estimated_wall_clock_of_a_fan_out_fan_in_dag_is_within_25_percent_of_the_measured_run_and_only_with_the_overhead()
    {
        using var repository = Repository();
        using var logDirectory = new TempDirectory("slipway-glci-times");
        var log = logDirectory.Combine("times.log");
        // Each job sets itself up as a container job would: a shallow clone of the project and a module cache unpacked,
        // then its work between two time stamps, then the cache packed for saving. What lies between one job's end
        // stamp and the next one's start stamp is the per-job overhead the estimator must account for.
        var origin = repository.Path;
        var cache = logDirectory.Combine("modules.tar");
        var work = logDirectory.Combine("jobs");
        string Setup(string job) => $"sleep 0.4 && git clone -q --depth 1 file://{origin} {work}/{job} && tar -cf {cache}-{job} -C {work}/{job} vendor && tar -xf {cache}-{job} -C {work}/{job}";
        string Teardown(string job) => $"tar -cf {cache}-{job} -C {work}/{job} vendor && rm -rf {work}/{job} {cache}-{job}";
        string Timed(string job, string script) => $"{Setup(job)} && echo \"start {job} $(date +%s.%N)\" >> {log} && {script} && echo \"end {job} $(date +%s.%N)\" >> {log} && {Teardown(job)}";

        // prepare -> {unit, lint, integration} -> package; unit also writes the dotenv report package reads (dotenv
        // variables travel with artifacts, so only to jobs that take the producer's artifacts).
        var report = $"mkdir -p .nuke/temp && printf '{DotenvReportWriter.JobDurationKey}=3\\n' > {DotenvReportWriter.RelativePath}";
        var durations = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
        {
            ["prepare"] = TimeSpan.FromSeconds(0.3),
            ["unit"] = TimeSpan.FromSeconds(0.45),
            ["lint"] = TimeSpan.FromSeconds(0.3),
            ["integration"] = TimeSpan.FromSeconds(0.6),
            ["package"] = TimeSpan.FromSeconds(0.3),
        };
        string Work(string job) => $"sleep {durations[job].TotalSeconds.ToString(CultureInfo.InvariantCulture)}";
        Pipeline FanOutFanIn(Func<string, string> work) => new("Fan-out fan-in", ".gitlab-ci.yml", OnPush,
        [
            new PipelineJob("prepare", "Prepare", Timed("prepare", work("prepare"))),
            new PipelineJob("unit", "Unit", Timed("unit", $"{work("unit")} && {report}")) { Needs = ["prepare"], DotenvReport = DotenvReportWriter.RelativePath, Uploads = [new ArtifactUpload("unit-report", [".nuke/temp"])] },
            new PipelineJob("lint", "Lint", Timed("lint", work("lint"))) { Needs = ["prepare"] },
            new PipelineJob("integration", "Integration", Timed("integration", work("integration"))) { Needs = ["prepare"] },
            new PipelineJob("package", "Package", Timed("package", $"{work("package")} && echo \"unit took ${DotenvReportWriter.JobDurationKey} s\"")) { Needs = ["unit", "lint", "integration"], Downloads = [new ArtifactDownload("unit-report", "unit")] },
        ]);

        // Calibration: the same DAG with no work, so its jobs contend for the two cores as the measured ones will (a
        // chain of single jobs measured half the overhead three parallel set-ups pay). The per-job overhead is the
        // median gap between a job's last need ending and its script starting, as PlanCi takes it from a baseline.
        var calibration = FanOutFanIn(_ => "true");
        await RunPipelineAsync(calibration, repository);
        var calibrated = Stamps(log);
        double At(string kind, string job) => calibrated.Single(s => s.Kind == kind && s.Job == job).At;
        var gaps = calibration.Jobs.Where(j => j.Needs.Count > 0).Select(j => At("start", j.Id) - j.Needs.Max(n => At("end", n))).Order().ToList();
        var overhead = TimeSpan.FromSeconds(Percentiles.Median(gaps));
        File.Delete(log);

        var dag = FanOutFanIn(Work);
        var output = await RunPipelineAsync(dag, repository);
        var stamps = Stamps(log);
        Assert.Equal(10, stamps.Count);
        var measured = TimeSpan.FromSeconds(stamps.Where(s => s.Kind == "end").Max(s => s.At) - stamps.Where(s => s.Kind == "start").Min(s => s.At)) + overhead;
        var estimate = PipelineEstimator.Estimate(dag, durations, overhead);
        var ignoringOverhead = PipelineEstimator.Estimate(dag, durations, TimeSpan.Zero);

        Assert.Equal(["prepare", "integration", "package"], estimate.CriticalPath);
        double Error(PipelineEstimate e) => Math.Abs(e.WallClock.TotalSeconds - measured.TotalSeconds) / measured.TotalSeconds;
        var details = $"measured {measured.TotalSeconds:0.00} s; estimate {estimate.WallClock.TotalSeconds:0.00} s ({Error(estimate):P0}), without overhead {ignoringOverhead.WallClock.TotalSeconds:0.00} s ({Error(ignoringOverhead):P0}); overhead {overhead.TotalSeconds:0.00} s (gaps {string.Join(", ", gaps.Select(g => g.ToString("0.00", CultureInfo.InvariantCulture)))})\n{output}";
        // 25 %: the overhead is calibrated in a run of its own and process start-up drifts between runs (misses of 1 to
        // 15 % were seen, with both cores otherwise busy too); leaving the overhead out misses by about two thirds.
        Assert.True(Error(estimate) <= 0.25, details);
        Assert.True(Error(ignoringOverhead) > 0.25, details); // the overhead is real here: leaving it out must miss
        Assert.Matches(@"package\s+> unit took 3 s", output); // the dotenv report reached the job that takes unit's artifacts
    }
}
