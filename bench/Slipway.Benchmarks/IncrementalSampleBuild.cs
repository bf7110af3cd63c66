using Slipway.Tooling;

namespace Slipway.Benchmarks;

/// <summary>A Go project's checks with declared inputs: <c>go vet</c>, <c>go test</c>, <c>go build</c>, under an aggregate.</summary>
internal sealed class IncrementalSampleBuild : SlipwayBuild
{
    private static readonly string[] GoInputs = ["**/*.go", "go.mod"];
    private static readonly string[] GoVariables = ["GOFLAGS", "GOOS", "GOARCH", "CGO_ENABLED"];
    private static readonly ToolRequirement Go = new("go", "Install Go (apt-get install golang-go).");
    private readonly string _goCache;

    public IncrementalSampleBuild(string goCache)
    {
        _goCache = goCache;
    }

    public Target Vet => _ => _.Inputs(GoInputs).InputVariables(GoVariables).Requires(Go).Executes(ct => GoAsync(ct, "vet", "./..."));

    public Target Test => _ => _.Inputs(GoInputs).InputVariables(GoVariables).Requires(Go).Executes(ct => GoAsync(ct, "test", "-count=1", "./..."));

    public Target Compile => _ => _.Inputs(GoInputs).InputVariables(GoVariables).Outputs("bin/app").Requires(Go).Executes(ct => GoAsync(ct, "build", "-o", "bin/app", "."));

    public Target All => _ => _.DependsOn(Vet, Test, Compile);

    private Task GoAsync(CancellationToken cancellationToken, params string[] arguments) =>
        Context.Processes.RunAsync(
            new ProcessSpec("go", arguments) { Environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GOCACHE"] = _goCache, ["GOFLAGS"] = "-mod=mod" } },
            cancellationToken);
}
