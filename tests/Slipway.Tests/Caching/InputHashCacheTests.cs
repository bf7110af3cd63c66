
namespace Slipway.Tests.Caching;

/// <summary>Tries to fool the cache: every change that could alter a target's result must make it run again.</summary>
public sealed class InputHashCacheTests : IDisposable
{
    private readonly CacheSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Unchanged_rerun_is_up_to_date_and_shows_the_hash()
    {
        Assert.Equal(["Compile"], await _sandbox.Run("Compile"));
        var hash = _sandbox.RecordedHash("Compile");
        Assert.Matches("^[0-9a-f]{64}$", hash);

        Assert.Empty(await _sandbox.Run("Compile"));
        Assert.Contains("UpToDate", _sandbox.Output, StringComparison.Ordinal);
        Assert.Contains($"inputs {hash[..8]}…, 3 files, last success ", _sandbox.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_file_inside_a_glob_runs_again()
    {
        await _sandbox.Run("Compile");
        _sandbox.Write("src/lib/lib.go", "package lib // edited\n");
        await AssertRunsAgain("Compile", "src/lib/lib.go changed");
    }

    [Fact]
    public async Task New_file_matching_a_glob_runs_again()
    {
        await _sandbox.Run("Compile");
        _sandbox.Write("src/lib/extra.go", "package lib\n");
        await AssertRunsAgain("Compile", "src/lib/extra.go added");
    }

    [Fact]
    public async Task Deleted_matched_file_runs_again()
    {
        await _sandbox.Run("Compile");
        File.Delete(Path.Combine(_sandbox.Root, "src", "main.go"));
        await AssertRunsAgain("Compile", "src/main.go removed");
    }

    [Fact]
    public async Task Renamed_file_with_the_same_content_runs_again()
    {
        await _sandbox.Run("Compile");
        File.Move(Path.Combine(_sandbox.Root, "src", "main.go"), Path.Combine(_sandbox.Root, "src", "cmd.go"));
        await AssertRunsAgain("Compile", "src/cmd.go added");
    }

    [Fact]
    public async Task Excluded_and_unmatched_files_do_not_invalidate()
    {
        await _sandbox.Run("Compile");
        _sandbox.Write("src/lib/lib_test.go", "package lib // excluded by !src/**/*_test.go\n");
        _sandbox.Write("README.md", "not an input\n");
        _sandbox.Write(".git/index", "git's own files are never inputs\n");
        Assert.Empty(await _sandbox.Run("Compile"));
    }

    [Fact]
    public async Task Deleted_output_runs_again()
    {
        await _sandbox.Run("Compile");
        File.Delete(Path.Combine(_sandbox.Root, "dist", "app"));
        await AssertRunsAgain("Compile", "output dist/app missing");
    }

    [Fact]
    public async Task Output_replaced_since_the_last_success_runs_again()
    {
        await _sandbox.Run("Compile");
        _sandbox.Write("dist/app", "another target's binary");
        await AssertRunsAgain("Compile", "output dist/app changed since the last success");
    }

    [Fact]
    public async Task Changed_parameter_runs_again()
    {
        await _sandbox.Run("Compile", "--flavor", "a");
        Assert.Empty(await _sandbox.Run("Compile", "--flavor", "a"));
        await AssertRunsAgain("Compile", "parameter Flavor changed", "--flavor", "b");
    }

    [Fact]
    public async Task Changed_secret_parameter_runs_again_and_its_value_is_never_written()
    {
        await _sandbox.Run("Compile", "--token", "hunter2-secret");
        Assert.Empty(await _sandbox.Run("Compile", "--token", "hunter2-secret"));
        await AssertRunsAgain("Compile", "parameter Token changed", "--token", "swordfish-secret");
        var record = await File.ReadAllTextAsync(_sandbox.RecordPath("Compile"));
        Assert.DoesNotContain("swordfish", record, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", record, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", _sandbox.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaced_tool_with_the_same_size_and_time_runs_again()
    {
        await _sandbox.Run("Compile");
        var tool = Path.Combine(_sandbox.Bin, "faketool");
        var written = File.GetLastWriteTimeUtc(tool);
        _sandbox.WriteTool("#!/bin/sh\necho two\n"); // TEST DOUBLE replaced: same length, different content.
        File.SetLastWriteTimeUtc(tool, written);
        await AssertRunsAgain("Compile", "tool faketool changed");
    }

    [Fact]
    public async Task Tool_found_elsewhere_on_path_runs_again()
    {
        await _sandbox.Run("Compile");
        var other = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "bin2")).FullName;
        File.Copy(Path.Combine(_sandbox.Bin, "faketool"), Path.Combine(other, "faketool"));
        _sandbox.Environment["PATH"] = other + Path.PathSeparator + _sandbox.Bin;
        await AssertRunsAgain("Compile", "tool faketool changed");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Changed_declared_environment_variable_runs_again(string? value)
    {
        await _sandbox.Run("Compile");
        _sandbox.Environment.Remove("CGO_ENABLED");
        if (value is not null)
        {
            _sandbox.Environment["CGO_ENABLED"] = value;
        }

        await AssertRunsAgain("Compile", "environment variable CGO_ENABLED changed");
    }

    [Fact]
    public async Task Undeclared_environment_variable_does_not_invalidate()
    {
        await _sandbox.Run("Compile");
        _sandbox.Environment["UNRELATED"] = "x";
        Assert.Empty(await _sandbox.Run("Compile"));
    }

    [Fact]
    public async Task Different_platform_runs_again()
    {
        await _sandbox.Run("Compile");
        _sandbox.Platform = "linux arm64 linux-arm64";
        await AssertRunsAgain("Compile", "platform changed (was 'linux x64 test-rid', now 'linux arm64 linux-arm64')");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"Format\": 1, \"Salt\": \"00\", \"Inputs\": {\"Hash\": 7}}")]
    public async Task Corrupt_record_runs_without_crashing_and_is_replaced(string content)
    {
        await _sandbox.Run("Compile");
        await File.WriteAllTextAsync(_sandbox.RecordPath("Compile"), content);
        await AssertRunsAgain("Compile", "record unreadable");
        Assert.Empty(await _sandbox.Run("Compile"));
    }

    [Fact]
    public async Task Record_of_another_format_runs_again()
    {
        await _sandbox.Run("Compile");
        var path = _sandbox.RecordPath("Compile");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"Format\": 1", "\"Format\": 99", StringComparison.Ordinal));
        await AssertRunsAgain("Compile", "record has format 99");
    }

    [Fact]
    public async Task No_cache_runs_every_target()
    {
        await _sandbox.Run("Compile");
        Assert.Equal(["Compile"], await _sandbox.Run("Compile", "--no-cache"));
    }

    [Fact]
    public async Task Force_runs_the_named_target_only()
    {
        await _sandbox.Run("Compile", "Flaky");
        Assert.Equal(["Compile"], await _sandbox.Run("Compile", "Flaky", "--force", "compile"));
        Assert.Contains("Compile must run: forced by --force", _sandbox.Output, StringComparison.Ordinal);
        Assert.Empty(await _sandbox.Run("Compile", "Flaky"));
    }

    [Fact]
    public async Task Failed_run_removes_the_record_so_reverting_the_inputs_does_not_skip()
    {
        await _sandbox.Run("Flaky");
        _sandbox.Write("flaky/input.txt", "fail");
        await _sandbox.RunWithExitCode(1, "Flaky");
        Assert.False(File.Exists(_sandbox.RecordPath("Flaky")));

        _sandbox.Write("flaky/input.txt", "ok"); // Back to the inputs of the recorded success; its outputs may be half-written now.
        await AssertRunsAgain("Flaky", "no previous successful run recorded");
    }

    [Fact]
    public async Task Inputs_changed_by_the_run_itself_make_the_next_run_run()
    {
        // The fingerprint taken before the run is recorded, so an input edited during the run is not mistaken for one the run saw.
        Assert.Equal(["Rewrites"], await _sandbox.Run("Rewrites"));
        await AssertRunsAgain("Rewrites", "self/input.txt changed");
        Assert.Empty(await _sandbox.Run("Rewrites"));
    }

    [Fact]
    public async Task Targets_without_inputs_always_run()
    {
        await _sandbox.Run("Plain");
        Assert.Equal(["Plain"], await _sandbox.Run("Plain"));
        Assert.False(File.Exists(_sandbox.RecordPath("Plain")));
    }

    [Fact]
    public async Task A_changed_computed_input_value_runs_again()
    {
        _sandbox.Environment["GITHUB_ACTIONS"] = "true";
        _sandbox.Environment["GITHUB_SHA"] = "1111111111111111111111111111111111111111";
        await _sandbox.Run("Compile");
        Assert.Empty(await _sandbox.Run("Compile"));

        _sandbox.Environment["GITHUB_SHA"] = "2222222222222222222222222222222222222222";
        await AssertRunsAgain("Compile", "value commit");
    }

    private async Task AssertRunsAgain(string target, string reason, params string[] extraArgs)
    {
        var runs = await _sandbox.Run([target, .. extraArgs]);
        Assert.True(runs.SequenceEqual([target]), $"{target} should have run again:\n{_sandbox.Output}");
        Assert.Contains(reason, _sandbox.Output, StringComparison.Ordinal);
    }
}
