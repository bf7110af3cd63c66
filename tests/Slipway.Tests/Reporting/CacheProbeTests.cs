using Slipway.Reporting;
using static Slipway.Tests.Reporting.ReportSamples;

namespace Slipway.Tests.Reporting;

public sealed class CacheProbeTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild();

    public void Dispose() => _root.Dispose();

    private IReadOnlyList<CacheResult> Read(params (string Key, string Value)[] variables) =>
        CacheProbe.Read(variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), _root.Path);

    [Fact]
    public void Cache_step_outputs_tell_an_exact_hit_a_restore_key_and_a_miss()
    {
        var results = Read((CacheProbe.HitsVariable, "build-program=true go-build=false go-modules= nuget=true"));

        Assert.Equal(
            [new("build-program", CacheResult.Hit), new("go-build", CacheResult.Partial), new("go-modules", CacheResult.Miss), new CacheResult("nuget", CacheResult.Hit)],
            results);
    }

    [Fact]
    public void Without_outputs_a_cached_path_with_content_counts_as_restored_and_an_empty_one_as_a_miss()
    {
        _root.Write(".go/pkg/mod/cache/x", "module");
        Directory.CreateDirectory(_root.Combine(".go/cache"));

        var results = Read((CacheProbe.PathsVariable, "go-modules=.go/pkg/mod go-build=.go/cache nuget=.nuget/packages,other"));

        Assert.Equal([new("go-modules", CacheResult.Restored), new("go-build", CacheResult.Miss), new CacheResult("nuget", CacheResult.Miss)], results);
    }

    [Fact]
    public void The_build_program_cache_is_what_build_sh_did_since_it_fills_the_directory_before_the_run()
    {
        _root.Write(".nuke/temp/build-bin/_build.dll", "compiled just now");

        Assert.Equal([new CacheResult("build-program", CacheResult.Miss)], Read((CacheProbe.PathsVariable, "build-program=.nuke/temp/build-bin"), (CacheProbe.BuildProgramVariable, "compiled")));
        Assert.Equal([new CacheResult("build-program", CacheResult.Restored)], Read((CacheProbe.PathsVariable, "build-program=.nuke/temp/build-bin"), (CacheProbe.BuildProgramVariable, "cached")));
    }

    [Fact]
    public void A_terminal_run_reports_no_cache_and_the_build_program_only_when_build_sh_says()
    {
        Assert.Empty(Read());
        Assert.Null(CacheProbe.BuildProgram(new Dictionary<string, string>(StringComparer.Ordinal)));
        Assert.Null(CacheProbe.BuildProgram(new Dictionary<string, string>(StringComparer.Ordinal) { [CacheProbe.BuildProgramVariable] = "maybe" }));
        Assert.Equal("compiled", CacheProbe.BuildProgram(new Dictionary<string, string>(StringComparer.Ordinal) { [CacheProbe.BuildProgramVariable] = "compiled" }));
    }

    [Fact]
    public void The_job_summary_says_what_was_reused()
    {
        var run = Run("lint", 10, ("Restore", "UpToDate", 0, "inputs unchanged"), ("Lint", "Succeeded", 9, null)) with
        {
            Caches = [new("build-program", CacheResult.Hit), new("go-build", CacheResult.Partial)],
            BuildProgram = "cached",
        };

        Assert.Equal("Reuse: caches: build-program hit, go-build partial; build program not compiled (cached); 1 target up to date.", StepSummaryWriter.CacheLine(run));
        Assert.Contains("\nReuse: caches: build-program hit", StepSummaryWriter.Render(run), StringComparison.Ordinal);
        Assert.Null(StepSummaryWriter.CacheLine(Run("lint", 1, ("Lint", "Succeeded", 1, null))));
    }

    [Fact]
    public void Timings_json_keeps_the_caches_and_old_documents_without_them_still_read()
    {
        var run = Run("lint", 1, ("Lint", "Succeeded", 1, null)) with { Caches = [new("nuget", CacheResult.Miss)], BuildProgram = "compiled" };
        var path = _root.Write("timings.json", run.ToJson());

        var read = RunTimings.Read(path);
        Assert.Equal(run.Caches, read.Caches);
        Assert.Equal("compiled", read.BuildProgram);

        var old = _root.Write("old.json", System.Text.RegularExpressions.Regex.Replace(run.ToJson(), @",\s*""caches"".*", "\n}", System.Text.RegularExpressions.RegexOptions.Singleline));
        Assert.Null(RunTimings.Read(old).BuildProgram);
    }
}
