using Slipway.Components.Tests.CiImage;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>A shipped target extended with Inherit generates a job with everything it declared plus what the build added.</summary>
public sealed class ExtendedReleaseTests : IDisposable
{
    private readonly InProcessBuild _repo = new();

    public ExtendedReleaseTests()
    {
        _repo.Write("go.mod", "module example.com/tool\n\ngo 1.19\n");
        _repo.Write(".mise/config.toml", Support.Ci.MiseConfig + "actionlint = \"1.7.7\"\n");
        _repo.Write(".goreleaser.yaml", "version: 2\nproject_name: tool\nbuilds:\n  - main: .\n    env: [CGO_ENABLED=0]\n    goos: [linux]\n    goarch: [amd64]\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task The_release_job_keeps_what_IRelease_declares_and_adds_the_dependency_the_secret_and_the_permission()
    {
        var (exit, output) = await _repo.RunAsync<ExtendedReleaseBuild>("GenerateCi");

        Assert.True(exit == 0, output);
        var release = YamlQuery.Parse(_repo.Read(".github/workflows/release.yml")).Get("jobs").Get("release");
        Assert.Contains("./build.sh Notarize Release --skip", release.Seq("steps").Select(s => s.Has("run") ? s.Str("run") : ""));
        Assert.Equal(["validate-release"], release.Strings("needs")); // IRelease's own dependency on the validation
        Assert.Equal("${{ secrets.NOTARY_KEY }}", release.Get("env").Str("NOTARY_KEY"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", release.Get("env").Str("GITHUB_TOKEN"));
        Assert.Equal("write", release.Get("permissions").Str("id-token"));
        Assert.Equal("write", release.Get("permissions").Str("contents"));
        Assert.Contains(release.Seq("steps"), s => s.Has("uses") && s.Str("uses").StartsWith("goreleaser/goreleaser-action@", StringComparison.Ordinal));
    }
}
