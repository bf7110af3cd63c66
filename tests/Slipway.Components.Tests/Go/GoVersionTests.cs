using Slipway.Components.Go;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Go;

/// <summary>
/// A Go older than the project asks for stops Test and Lint before anything runs. The Go here is Debian's (1.19),
/// so fixtures that ask for a newer one exercise the real refusal; a <c>go</c> TEST DOUBLE stands in for Go releases
/// that cannot be installed here.
/// </summary>
public sealed class GoVersionTests : IDisposable
{
    private static string Installed => GoProject.InstalledGoVersion.Value;

    private readonly GoProject _project = new();

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("1.19.8", "1.25.5", true)]
    [InlineData("1.19.8", "1.19", false)]
    [InlineData("1.19.8", "1.19.8", false)]
    [InlineData("1.19.8", "1.19.9", true)]
    [InlineData("1.21rc2", "1.21", true)]
    [InlineData("1.21.0", "1.21rc2", false)]
    [InlineData("1.22beta1", "1.22rc1", true)]
    [InlineData("go1.22.3", "go1.22.3", false)]
    [InlineData("1.25.5", "prefix:1.20", false)]
    [InlineData("1.20.14", "1.25", true)]
    public void Versions_compare_as_Go_releases(string installed, string required, bool older)
    {
        Assert.Equal(older, GoVersion.TryParse(installed)!.IsOlderThan(GoVersion.TryParse(required)!));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("ref:master")]
    [InlineData("devel go1.23-1a2b3c")]
    [InlineData("")]
    public void What_is_not_a_release_is_not_compared(string text)
    {
        Assert.Null(GoVersion.TryParse(text));
    }

    [Fact]
    public async Task A_go_line_newer_than_the_Go_on_PATH_stops_Test_before_anything_runs()
    {
        _project.Write("go.mod", "module github.com/acme/sumcheck\n\ngo 1.22\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Go {Installed} (/usr/bin/go) is older than the Go this project needs: 1.22, the go line of go.mod.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", run.Output, StringComparison.Ordinal); // No go command ran, so Go's own obscure error never shows.
    }

    [Fact]
    public async Task The_toolchain_line_wins_over_the_go_line()
    {
        // Go 1.19 does not know the toolchain directive: without the check it fails with "unknown directive: toolchain".
        _project.Write("go.mod", "module github.com/acme/sumcheck\n\ngo 1.19\n\ntoolchain go1.21.4\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is older than the Go this project needs: 1.21.4, the toolchain line of go.mod.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".mise/config.toml", "[tools]\ngo = \"1.25.5\"\n", "1.25.5, pinned in .mise/config.toml")]
    [InlineData("mise.toml", "[tools]\ngolang = \"1.24\"\n", "1.24, pinned in mise.toml")]
    [InlineData(".tool-versions", "nodejs 22.11.0\ngolang 1.23.4 # CI uses the same\n", "1.23.4, pinned in .tool-versions")]
    public async Task A_pin_newer_than_the_Go_on_PATH_stops_Lint_naming_both_versions(string file, string text, string named)
    {
        File.Delete(_project.Combine(".mise/config.toml"));
        _project.Write(file, text);
        _project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(_project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Go {Installed} (/usr/bin/go) is older than the Go this project needs: {named}. Install that Go and put it first on PATH", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("gofmt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_unmet_requirement_of_every_module_is_named()
    {
        ShopWorkspace.WriteInto(_project);
        _project.Write("services/ledger/go.mod", "module example.com/shop/services/ledger\n\ngo 1.21\n\nrequire example.com/shop/pkg/sku v0.0.0\n\nreplace example.com/shop/pkg/sku => ../../pkg/sku\n");
        _project.Write(".mise/config.toml", "[tools]\ngo = \"1.21.6\"\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs: 1.21.6, pinned in .mise/config.toml; 1.21, the go line of services/ledger/go.mod.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Go_as_new_as_asked_for_runs_and_the_version_is_what_go_version_prints()
    {
        // TEST DOUBLE of a Go 1.22.1 install: answers `go version` as that release would and hands every other
        // command to the real Go, which builds this small module although its go line says 1.22.
        _project.WriteTool("go", "#!/bin/sh\n# TEST DOUBLE of go 1.22.1 for `go version`; the real go does the rest.\n"
            + "if [ \"$1\" = version ]; then echo 'go version go1.22.1 linux/amd64'; exit 0; fi\nexec /usr/bin/go \"$@\"\n");
        _project.Write("go.mod", "module github.com/acme/sumcheck\n\ngo 1.22\n");
        _project.Write(".mise/config.toml", "[tools]\ngo = \"1.22.1\"\n");

        var passing = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Test");
        _project.Write(".mise/config.toml", "[tools]\ngo = \"1.22.2\"\n");
        var refused = await BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(), "Test");

        Assert.True(passing.ExitCode == 0, passing.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"Go 1.22.1 ({_project.Combine("bin/go")}) is older than the Go this project needs: 1.22.2, pinned in .mise/config.toml.", refused.Output, StringComparison.Ordinal);
    }
}
