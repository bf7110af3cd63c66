using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// <c>Test</c>: <c>go test -json ./...</c> in each Go module (<see cref="IGoBuild.GoModules"/>), with <c>-race</c> where
/// cgo and a C compiler are available and the build tags of <see cref="GoTags"/>; logs packages, passed/failed/skipped
/// counts and the slowest tests per module, annotates each failure at its file and line, and writes a Cobertura
/// coverage report (<see cref="CoverageReport"/>, with its total in the log and the GitHub job summary). A Go older
/// than the project asks for stops the run first.
/// </summary>
public interface ITest : IGoBuild
{
    /// <summary>Build tags for the test run, e.g. <c>integration</c> for the integration suite.</summary>
    [Parameter("Go build tags for the test run, comma-separated, e.g. integration or e2e (go test -tags)")]
    string? GoTags => this.GetParameter(() => GoTags);

    /// <summary>Where the Cobertura coverage report goes, relative to the root.</summary>
    string CoverageReport => ".nuke/temp/coverage.cobertura.xml";

    /// <summary>Runs the Go tests.</summary>
    Target Test => _ => _
        .Description("go test -json ./... in every Go module (-race where cgo works, --go-tags), with a summary per module, failure annotations and a Cobertura coverage report")
        .Requires(this.Pinned(KnownTools.Go))
        .Requires(() => GoVersionRequirement.Check(this))
        .Inputs(GoPath("**/*.go"), GoPath("**/go.mod"), GoPath("**/go.sum"), GoPath("go.work"), GoPath("go.work.sum"), GoPath("**/testdata/**"))
        .InputVariables("GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "CC", "GO_TAGS")
        .Outputs(CoverageReport)
        .Uses(new CiGeneration.Capabilities.ReportsCoverage(CoverageReport))
        .Executes(cancellationToken => GoTests.RunAsync(this, cancellationToken));
}
