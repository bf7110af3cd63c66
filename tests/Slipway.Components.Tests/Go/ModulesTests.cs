using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Go;

/// <summary>Test and Lint in a repository of several Go modules (<see cref="ShopWorkspace"/>), with the real Go toolchain.</summary>
public sealed class ModulesTests : IDisposable
{
    private readonly GoProject _project = new();

    public ModulesTests() => ShopWorkspace.WriteInto(_project);

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Test_runs_every_workspace_module_and_reports_each()
    {
        var run = await RunAsync("Test");

        Assert.True(run.ExitCode == 0, run.Output);
        Printed(
            run,
            "Module . (example.com/shop):",
            "Module ./pkg/sku (example.com/shop/pkg/sku):",
            "Module ./services/ledger (example.com/shop/services/ledger):");
        Assert.Matches(@"Module \./services/ledger [^\n]*\n[^\n]*Go tests: 2 package\(s\) \(0 failed\), 2 test\(s\): 2 passed", run.Output);
        Assert.DoesNotContain("example.com/shop/tools", run.Output, StringComparison.Ordinal); // go.work leaves it out.
    }

    [Fact]
    public async Task A_failing_test_in_a_nested_module_fails_Test_and_is_annotated_at_its_repository_path()
    {
        var run = await RunBrokenTestsAsync();

        Printed(
            run,
            "::error file=pkg/sku/sku_test.go,line=8,title=go test (example.com/shop/pkg/sku)::TestParse: Parse = TEE-0042, <nil>; want TEE-0043",
            "::error file=services/ledger/internal/store/store_test.go,line=9,title=go test (example.com/shop/services/ledger/internal/store)::TestDescribe:",
            "./pkg/sku: 1 Go test(s) failed: TestParse.",
            "./services/ledger: 1 Go test(s) failed: TestDescribe.");
    }

    [Fact]
    public async Task Root_covers_only_the_root_module_as_go_test_dot_dot_dot_would()
    {
        ShopWorkspace.BreakNestedTests(_project);

        var run = await RunAsync("Test", "--go-modules", "root");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain("Module ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TestParse", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_adds_the_module_go_work_leaves_out_and_runs_it_outside_the_workspace()
    {
        var run = await RunAsync("Test", "--go-modules", "all");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"Module \./tools \(example\.com/shop/tools\):[^\n]*\n[^\n]*Go tests: 1 package\(s\) \(0 failed\), 1 test\(s\): 1 passed", run.Output);
        Printed(run, "Module ./services/ledger");
    }

    [Fact]
    public async Task Without_go_work_every_go_mod_below_the_root_is_a_module()
    {
        File.Delete(_project.Combine("go.work"));

        var run = await RunBrokenTestsAsync();

        Printed(
            run,
            "Module ./tools (example.com/shop/tools):",
            "::error file=pkg/sku/sku_test.go,line=8,");
    }

    [Fact]
    public async Task Lint_vets_formats_and_lints_each_module_and_annotates_at_repository_paths()
    {
        ShopWorkspace.AddVetProblem(_project);
        _project.Write("pkg/sku/family.go", "package sku\n\nfunc  Families( ) []string { return []string{\"CAP\", \"MUG\", \"TEE\"} }\n");
        var lintLog = _project.Combine("golangci-lint.log");
        // TEST DOUBLE of golangci-lint (not installable here): notes where it ran, and in services/ledger reports one
        // issue in golangci-lint's text format, with the path relative to where it ran.
        _project.WriteTool("golangci-lint", $"""
            #!/bin/sh
            pwd >> '{lintLog}'
            case "$PWD" in
              */services/ledger) echo 'ledger.go:15:56: Error return value is not checked (errcheck)'; exit 1 ;;
            esac
            echo '0 issues.'
            """);
        GoReleaserDouble.InstallInto(_project);

        var run = await RunAsync("Lint");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"::error file=services/ledger/internal/store/store\.go,line=25,col=\d+,title=go vet \(example\.com/shop/services/ledger/internal/store\)::[^\n]*Sprintf call needs 2 args but has 3 args", run.Output);
        Printed(
            run,
            "::error file=pkg/sku/family.go,title=gofmt::file is not gofmt-formatted",
            "::error file=services/ledger/ledger.go,line=15,col=56,title=golangci-lint (errcheck)::Error return value is not checked");
        Assert.Equal([_project.Root, _project.Combine("pkg/sku"), _project.Combine("services/ledger")], File.ReadAllLines(lintLog));
        Assert.Matches(@"go vet \./services/ledger\s+1 error\(s\)", run.Output);
        Assert.Matches(@"go vet \./pkg/sku\s+passed", run.Output);
        Printed(run, "Lint found 3 error(s): gofmt ./pkg/sku 1, go vet ./services/ledger 1, golangci-lint ./services/ledger 1. The annotations");
    }

    [Fact]
    public async Task A_go_work_that_uses_a_directory_without_go_mod_stops_before_anything_runs()
    {
        _project.Write("go.work", "go 1.19\n\nuse (\n\t.\n\t./pkg/sku\n\t./services/billing\n)\n");

        var run = await RunAsync("Test");

        Assert.Equal(2, run.ExitCode);
        Printed(run, "go.work uses services/billing, which has no go.mod.");
        Assert.DoesNotContain("> ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_without_go_work_stops_before_anything_runs()
    {
        File.Delete(_project.Combine("go.work"));

        var run = await RunAsync("Test", "--go-modules", "workspace");

        Assert.Equal(2, run.ExitCode);
        Printed(run, "--go-modules workspace needs go.work, which does not exist.");
    }

    // One test fails in each nested workspace module; Test must fail.
    private async Task<BuildRun> RunBrokenTestsAsync()
    {
        ShopWorkspace.BreakNestedTests(_project);
        var run = await RunAsync("Test");
        Assert.True(run.ExitCode == 1, run.Output);
        return run;
    }

    private static void Printed(BuildRun run, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.True(run.Output.Contains(text, StringComparison.Ordinal), $"Expected the output to contain:\n{text}\nOutput:\n{run.Output}");
        }
    }

    private Task<BuildRun> RunAsync(params string[] args) =>
        BuildHarness.RunAsync(new GoReleaseBuild(), _project, _project.Environment(("GITHUB_ACTIONS", "true")), args);
}
