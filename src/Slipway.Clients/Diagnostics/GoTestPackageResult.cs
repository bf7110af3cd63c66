namespace Slipway.Clients.Diagnostics;

/// <summary>One package's result from <c>go test -json</c>.</summary>
/// <param name="Package">Import path.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Elapsed">Run time, when reported.</param>
/// <param name="Tests">Its tests in the order they started.</param>
/// <param name="Output">Package-level output (build errors, coverage, panics outside tests).</param>
public sealed record GoTestPackageResult(string Package, GoTestOutcome Outcome, TimeSpan? Elapsed, IReadOnlyList<GoTestResult> Tests, string Output);
