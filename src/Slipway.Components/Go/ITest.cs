using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// <c>Test</c>: <c>go test -json ./...</c> in each Go module (<see cref="IGoBuild.GoModules"/>), with <c>-race</c> where
/// cgo and a C compiler are available; logs packages, passed/failed/skipped counts and the slowest tests per module,
/// and annotates each failure at its file and line. A Go older than the project asks for stops the run first.
/// </summary>
public interface ITest : IGoBuild
{
    /// <summary>Runs the Go tests.</summary>
    Target Test => _ => _
        .Description("go test -json ./... in every Go module (-race where cgo works), with a summary per module and failure annotations")
        .Requires(this.Pinned(KnownTools.Go))
        .Requires(() => GoVersionRequirement.Check(this))
        .Inputs(GoPath("**/*.go"), GoPath("**/go.mod"), GoPath("**/go.sum"), GoPath("go.work"), GoPath("go.work.sum"), GoPath("**/testdata/**"))
        .InputVariables("GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "CC")
        .Executes(cancellationToken => GoTests.RunAsync(this, cancellationToken));
}
