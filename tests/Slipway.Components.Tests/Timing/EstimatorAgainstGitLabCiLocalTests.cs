using System.Globalization;
using System.Text.RegularExpressions;
using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Pipelines.Estimation;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Xunit;

namespace Slipway.Components.Tests.Timing;

/// <summary>
/// The estimator against a real pipeline run: a generated fan-out/fan-in DAG of sleeping jobs run by gitlab-ci-local
/// (jobs run concurrently as their needs allow). The per-job setup overhead is measured from a no-op job; the wall-clock
/// from timestamps the jobs' scripts log (first start to last end), so gitlab-ci-local's own start-up (parsing, schema
/// validation, slower when other tests load the machine) is not counted.
/// </summary>
public sealed partial class EstimatorAgainstGitLabCiLocalTests
{
    private static readonly PipelineTriggers OnPush = new() { Push = new PushTrigger { Branches = ["main"] } };

    private static async Task<string> RunPipelineAsync(Pipeline pipeline)
    {
        using var home = new TempDirectory("slipway-glci-home");
        using var repository = new TempDirectory("slipway-glci");
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(pipeline));
        await ExternalTools.InitializeGitAsync(repository.Path);
        var run = await ExternalTools.RunAsync(
            ExternalTools.Validator("gitlab-ci-local"),
            repository.Path,
            ["--force-shell-executor", "--color=false"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" },
            timeoutSeconds: 60);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    private static TimeSpan JobDuration(string output, string job)
    {
        var match = Regex.Match(output, $@"(?m)^{job}\s+finished in (?<value>[\d.]+) (?<unit>ms|s|min)\b");
        Assert.True(match.Success, $"no duration for job {job} in:\n{output}");
        var value = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch { "ms" => TimeSpan.FromMilliseconds(value), "min" => TimeSpan.FromMinutes(value), _ => TimeSpan.FromSeconds(value) };
    }

    [Fact]
    public async Task Estimated_wall_clock_of_a_fan_out_fan_in_dag_is_within_15_percent_of_the_measured_run()
    {
        var noop = new Pipeline("No-op", ".gitlab-ci.yml", OnPush, [new PipelineJob("noop", "No-op", "true")]);
        var overhead = JobDuration(await RunPipelineAsync(noop), "noop");
        using var logDirectory = new TempDirectory("slipway-glci-times");
        var log = logDirectory.Combine("times.log");
        string Timed(string script) => $"echo \"start $(date +%s.%N)\" >> {log} && {script} && echo \"end $(date +%s.%N)\" >> {log}";

        // prepare -> {unit, lint, integration} -> package; unit also writes the dotenv report package reads (dotenv
        // variables travel with artifacts, so only to jobs that take the producer's artifacts).
        var report = $"mkdir -p .nuke/temp && printf '{DotenvReportWriter.JobDurationKey}=3\\n' > {DotenvReportWriter.RelativePath}";
        var work = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
        {
            ["prepare"] = TimeSpan.FromSeconds(2),
            ["unit"] = TimeSpan.FromSeconds(3),
            ["lint"] = TimeSpan.FromSeconds(2),
            ["integration"] = TimeSpan.FromSeconds(4),
            ["package"] = TimeSpan.FromSeconds(2),
        };
        var dag = new Pipeline("Fan-out fan-in", ".gitlab-ci.yml", OnPush,
        [
            new PipelineJob("prepare", "Prepare", Timed("sleep 2")),
            new PipelineJob("unit", "Unit", Timed($"sleep 3 && {report}")) { Needs = ["prepare"], DotenvReport = DotenvReportWriter.RelativePath, Uploads = [new ArtifactUpload("unit-report", [".nuke/temp"])] },
            new PipelineJob("lint", "Lint", Timed("sleep 2")) { Needs = ["prepare"] },
            new PipelineJob("integration", "Integration", Timed("sleep 4")) { Needs = ["prepare"] },
            new PipelineJob("package", "Package", Timed($"sleep 2 && echo \"unit took ${DotenvReportWriter.JobDurationKey} s\"")) { Needs = ["unit", "lint", "integration"], Downloads = [new ArtifactDownload("unit-report", "unit")] },
        ]);

        var output = await RunPipelineAsync(dag);
        var stamps = File.ReadAllLines(log).Select(l => l.Split(' ')).ToList();
        Assert.Equal(10, stamps.Count);
        var measured = TimeSpan.FromSeconds(
            stamps.Where(s => s[0] == "end").Max(s => double.Parse(s[1], CultureInfo.InvariantCulture))
            - stamps.Where(s => s[0] == "start").Min(s => double.Parse(s[1], CultureInfo.InvariantCulture)));
        var estimate = PipelineEstimator.Estimate(dag, work, overhead);

        Assert.Equal(["prepare", "integration", "package"], estimate.CriticalPath);
        var error = Math.Abs(estimate.WallClock.TotalSeconds - measured.TotalSeconds) / measured.TotalSeconds;
        Assert.True(
            error <= 0.15,
            $"estimate {estimate.WallClock.TotalSeconds:0.00} s vs measured {measured.TotalSeconds:0.00} s ({error:P0}); overhead {overhead.TotalSeconds:0.00} s\n{output}");
        Assert.True(estimate.Serial > estimate.WallClock); // 13 s of work: the DAG is worth it here
        Assert.Matches(@"package\s+> unit took 3 s", output); // the dotenv report reached the job that takes unit's artifacts
    }
}
