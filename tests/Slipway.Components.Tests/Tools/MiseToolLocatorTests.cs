using Serilog.Core;
using Slipway.Components.Tools;
using Slipway.Logging;
using Slipway.Tooling;
using Xunit;

namespace Slipway.Components.Tests.Tools;

/// <summary>MiseToolLocator against a TEST DOUBLE of mise (the real one would download tools) that keeps its installs in the project.</summary>
public sealed class MiseToolLocatorTests
{
    // TEST DOUBLE of mise: `which BIN` prints an installed tool's path (exit 1 when not installed, as mise does);
    // `install TOOL` "installs" it by writing a script; every call is appended to mise-calls.log.
    private const string MiseDouble = """
        #!/bin/sh
        # TEST DOUBLE of mise.
        dir="$(dirname "$0")/../mise-installs"
        echo "$*" >> "$(dirname "$0")/../mise-calls.log"
        case "$1" in
          which) if [ -x "$dir/$2" ]; then echo "$dir/$2"; else echo "mise ERROR $2 is not a mise bin" >&2; exit 1; fi ;;
          install)
            if [ -f "$(dirname "$0")/../mise-install-fails" ]; then echo "mise ERROR failed to install aqua:$2: network unreachable" >&2; exit 1; fi
            mkdir -p "$dir"; printf '#!/bin/sh\necho %s from mise\n' "$2" > "$dir/$2"; chmod +x "$dir/$2"; [ "$2" = go ] && cp "$dir/go" "$dir/gofmt"; echo "mise $2@pinned installed" ;;
          *) echo "unsupported: $*" >&2; exit 2 ;;
        esac
        """;

    [Fact]
    public void A_tool_on_PATH_is_used_without_asking_mise()
    {
        using var project = new GoProject();
        project.WriteTool("mise", MiseDouble);
        var onPath = project.WriteTool("golangci-lint", "#!/bin/sh\n");

        Assert.Equal(onPath, Locator(project).Locate("golangci-lint"));
        Assert.False(File.Exists(project.Combine("mise-calls.log")));
    }

    [Fact]
    public void A_pinned_tool_that_is_not_installed_is_installed_with_mise_once_and_then_found()
    {
        using var project = new GoProject();
        project.WriteTool("mise", MiseDouble);
        var locator = Locator(project);

        var first = locator.Locate("goreleaser");
        var second = locator.Locate("goreleaser");

        Assert.Equal(project.Combine("mise-installs/goreleaser"), first);
        Assert.Equal(first, second);
        Assert.Equal(["which goreleaser", "install goreleaser", "which goreleaser"], File.ReadAllLines(project.Combine("mise-calls.log")));
    }

    [Fact]
    public void Tools_mise_does_not_pin_are_not_looked_up_and_gofmt_comes_with_go()
    {
        using var project = new GoProject();
        project.WriteTool("mise", MiseDouble);
        var locator = Locator(project);

        Assert.Null(locator.Locate("hadolint"));
        Assert.False(File.Exists(project.Combine("mise-calls.log")));
        var onlyDoubles = new MiseToolLocator(project.Root, new Dictionary<string, string> { ["PATH"] = project.BinDirectory }, Runner(project), Logger.None);
        Assert.Equal(project.Combine("mise-installs/gofmt"), onlyDoubles.Locate("gofmt"));
        Assert.Equal(["which gofmt", "install go", "which gofmt"], File.ReadAllLines(project.Combine("mise-calls.log")));
    }

    [Fact]
    public void A_failed_install_leaves_the_tool_missing()
    {
        using var project = new GoProject();
        project.WriteTool("mise", MiseDouble);
        File.WriteAllText(project.Combine("mise-install-fails"), "");

        Assert.Null(Locator(project).Locate("golangci-lint"));
        Assert.Equal(["which golangci-lint", "install golangci-lint"], File.ReadAllLines(project.Combine("mise-calls.log")));
    }

    [Fact]
    public async Task A_build_that_sets_the_mise_locator_runs_GoReleaser_installed_through_mise()
    {
        using var project = new GoProject();
        // This mise double "installs" goreleaser as the GoReleaser TEST DOUBLE.
        project.WriteTool("mise", MiseDouble.Replace("printf '#!/bin/sh\\necho %s from mise\\n' \"$2\" > \"$dir/$2\"", $"ln -s '{GoReleaserDouble.BinaryPath}' \"$dir/$2\"", StringComparison.Ordinal));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild", "--snapshot-single-target");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("goreleaser 2.17.1 is pinned in", run.Output, StringComparison.Ordinal);
        Assert.Contains($"> {project.Combine("mise-installs/goreleaser")} build --snapshot --single-target --clean", run.Output, StringComparison.Ordinal);
        Assert.Contains("install goreleaser", File.ReadAllText(project.Combine("mise-calls.log")), StringComparison.Ordinal);
    }

    private static MiseToolLocator Locator(GoProject project) =>
        new(project.Root, project.Environment(), Runner(project), Logger.None);

    private static ProcessRunner Runner(GoProject project) => new(Logger.None, new SecretMasker(), project.Root);
}
