using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// <c>Test</c>: <c>go test -json ./...</c>, with <c>-race</c> where cgo and a C compiler are available; logs packages,
/// passed/failed/skipped counts and the slowest tests, and annotates each failure at its file and line.
/// </summary>
public interface ITest : IGoBuild
{
    /// <summary>Runs the Go tests.</summary>
    Target Test => _ => _
        .Description("go test -json ./... (-race where cgo works), with a summary and failure annotations")
        .Requires(this.Pinned(KnownTools.Go))
        .Inputs(GoPath("**/*.go"), GoPath("go.mod"), GoPath("go.sum"), GoPath("**/testdata/**"))
        .InputVariables("GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "CC")
        .Executes(cancellationToken => GoTests.RunAsync(this, cancellationToken));
}
