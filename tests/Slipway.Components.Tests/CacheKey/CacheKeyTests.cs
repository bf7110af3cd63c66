using System.Diagnostics;
using Slipway.Components.CacheKey;
using Slipway.Components.Tests.CiImage;
using Xunit;

namespace Slipway.Components.Tests.CacheKey;

public sealed class CacheKeyTests : IDisposable
{
    private readonly InProcessBuild _repo = new();

    public CacheKeyTests()
    {
        _repo.Write("go.mod", "module example.com/demo\n\ngo 1.25\n");
        _repo.Write("go.sum", "example.com/dep v1.0.0 h1:abc=\n");
        _repo.Write(".gitlab-ci.yml", "stages: [test]\n");
        _repo.Write("Dockerfile.ci", "FROM golang:1.25.5-alpine3.23\r\nRUN echo crlf and ünïcode\n");
        _repo.Write(".mise/config.toml", "[tools]\ngo = \"1.25.5\"\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Writes_exactly_what_sha256sum_prints_and_sha256sum_c_accepts_it()
    {
        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey");

        Assert.True(exit == 0, output);
        var expected = Sha256sum("go.mod", "go.sum", ".gitlab-ci.yml", "Dockerfile.ci", ".mise/config.toml");
        Assert.Equal(expected, _repo.Read(".cache-key"));
        Assert.Equal(5, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(".mise/config.toml: OK", Sha256sum("-c", ".cache-key"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Covers_what_changes_the_nuget_restore_when_it_exists()
    {
        _repo.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }\n");
        _repo.Write("Directory.Build.props", "<Project />\n");
        _repo.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");

        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey");

        Assert.True(exit == 0, output);
        Assert.Equal(Sha256sum("go.mod", "go.sum", ".gitlab-ci.yml", "Dockerfile.ci", ".mise/config.toml", "global.json", "Directory.Build.props", "build/_build.csproj"), _repo.Read(".cache-key"));
    }

    [Fact]
    public async Task Leaves_out_an_absent_go_sum()
    {
        File.Delete(Path.Combine(_repo.Root, "go.sum"));

        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey");

        Assert.True(exit == 0, output);
        Assert.Equal(Sha256sum("go.mod", ".gitlab-ci.yml", "Dockerfile.ci", ".mise/config.toml"), _repo.Read(".cache-key"));
    }

    [Theory]
    [InlineData("go.mod", "does not exist")]
    public async Task A_missing_required_file_fails_naming_it_and_keeps_the_old_file(string missing, string why)
    {
        _repo.Write(".cache-key", "old content\n");
        File.Delete(Path.Combine(_repo.Root, missing));

        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey");

        Assert.Equal(1, exit);
        Assert.Contains($"Cache key input '{missing}' {why}", output, StringComparison.Ordinal);
        Assert.Equal("old content\n", _repo.Read(".cache-key"));
        Assert.Empty(Directory.GetFiles(_repo.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_unreadable_input_fails_naming_it()
    {
        File.Delete(Path.Combine(_repo.Root, ".gitlab-ci.yml"));
        Directory.CreateDirectory(Path.Combine(_repo.Root, ".gitlab-ci.yml"));

        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey");

        Assert.Equal(1, exit);
        Assert.Contains("Cache key input '.gitlab-ci.yml' cannot be read", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Root, ".cache-key")));
    }

    [Fact]
    public async Task Files_are_configurable_in_order_with_optional_marks()
    {
        var (exit, output) = await _repo.RunAsync<CacheKeyBuild>("CacheKey", "--cache-key-files", ".mise/config.toml", "go.mod", "absent.txt?");

        Assert.True(exit == 0, output);
        Assert.Equal(Sha256sum(".mise/config.toml", "go.mod"), _repo.Read(".cache-key"));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("dir\\file")]
    public void Refuses_paths_outside_the_root_or_with_backslashes(string name)
    {
        var ex = Assert.Throws<CacheKeyException>(() => CacheKeyFile.Compute(_repo.Root, [name]));
        Assert.Contains($"'{name}' is not usable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindStaleness_reports_a_missing_then_stale_file_and_null_when_current()
    {
        Assert.Contains("does not exist", CacheKeyFile.FindStaleness(_repo.Root, CacheKeyFile.DefaultFiles), StringComparison.Ordinal);

        CacheKeyFile.Write(_repo.Root, CacheKeyFile.DefaultFiles);
        Assert.Null(CacheKeyFile.FindStaleness(_repo.Root, CacheKeyFile.DefaultFiles));

        _repo.Write("Dockerfile.ci", "FROM something-else\n");
        var stale = CacheKeyFile.FindStaleness(_repo.Root, CacheKeyFile.DefaultFiles);
        Assert.Equal(".cache-key is stale (changed or new: Dockerfile.ci); run './build.sh CacheKey' and commit it.", stale);
        Assert.Equal(CacheKeyFile.Compute(_repo.Root, CacheKeyFile.DefaultFiles), CacheKeyFile.Write(_repo.Root, CacheKeyFile.DefaultFiles));
    }

    private string Sha256sum(params string[] arguments)
    {
        var info = new ProcessStartInfo("sha256sum") { WorkingDirectory = _repo.Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private sealed class CacheKeyBuild : SlipwayBuild, ICacheKey;
}
