namespace Slipway.Clients.Diagnostics;

/// <summary>One test's result from <c>go test -json</c>.</summary>
/// <param name="Package">Import path.</param>
/// <param name="Name">Test name, subtests as <c>TestX/case</c>.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Elapsed">Run time, when reported.</param>
/// <param name="Output">Everything the test printed.</param>
public sealed record GoTestResult(string Package, string Name, GoTestOutcome Outcome, TimeSpan? Elapsed, string Output);
