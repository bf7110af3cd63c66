using Slipway.Tool.Init;
using Slipway.Tool.Tests.Support;
using Xunit;

namespace Slipway.Tool.Tests;

public sealed class CommandTests
{
    [Fact]
    public void An_unknown_option_is_bad_input()
    {
        Assert.Equal(2, Program.Main(["init", "--no-such-option"]));
    }

    [Fact]
    public void A_missing_package_source_is_bad_input_and_writes_nothing()
    {
        using var root = new TempDirectory("slipway-init-unit");
        FixtureRepository.CopyTo(FixtureRepository.GoModOnly, root.Path);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InitCommand.Run(new InitOptions(root.Path, root.Combine("no-feed")), "1.0.0", output, error);

        Assert.Equal(2, code);
        Assert.Contains("--package-source", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(root.Combine("build")));
    }

    [Fact]
    public void A_dry_run_lists_the_files_and_the_report_and_writes_nothing()
    {
        using var root = new TempDirectory("slipway-init-unit");
        FixtureRepository.CopyTo(FixtureRepository.LintCodeQl, root.Path);
        var before = FixtureRepository.Hashes(root.Path);
        using var output = new StringWriter();

        Assert.Equal(0, InitCommand.Run(new InitOptions(root.Path, DryRun: true), "1.0.0", output, TextWriter.Null));

        Assert.Equal(before, FixtureRepository.Hashes(root.Path));
        var report = output.ToString();
        Assert.Contains("build/Build.cs: would be created", report, StringComparison.Ordinal);
        Assert.Contains(".github/workflows/codeql.yml: nothing in it is reproduced; keep it", report, StringComparison.Ordinal);
        Assert.Contains(".github/workflows/lint.yml: replaced by .github/workflows/ci.yml; delete it once the generated CI runs.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_init_changes_nothing_and_says_so()
    {
        using var root = new TempDirectory("slipway-init-unit");
        FixtureRepository.CopyTo(FixtureRepository.GoModOnly, root.Path);
        Assert.Equal(0, InitCommand.Run(new InitOptions(root.Path), "1.0.0", TextWriter.Null, TextWriter.Null));
        root.Write("build/Build.cs", "// edited by hand\n");
        var before = FixtureRepository.Hashes(root.Path);
        using var output = new StringWriter();

        Assert.Equal(0, InitCommand.Run(new InitOptions(root.Path), "1.0.0", output, TextWriter.Null));

        Assert.Equal(before, FixtureRepository.Hashes(root.Path));
        Assert.Contains("build/Build.cs: already there with other content, left alone", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("build.sh: already up to date", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", output.ToString(), StringComparison.Ordinal);
    }
}
