namespace Slipway.Clients.Diagnostics;

/// <summary>A <c>go test -json</c> run summarised per package and per test.</summary>
/// <param name="Packages">Packages in the order they first appeared.</param>
/// <param name="UnparsedOutput">Lines that were not test2json events (e.g. build errors printed on stderr).</param>
public sealed record GoTestSummary(IReadOnlyList<GoTestPackageResult> Packages, string UnparsedOutput)
{
    /// <summary>All tests of all packages.</summary>
    public IEnumerable<GoTestResult> Tests => Packages.SelectMany(p => p.Tests);

    /// <summary>True when no package failed or was cut off.</summary>
    public bool Succeeded => Packages.All(p => p.Outcome is GoTestOutcome.Pass or GoTestOutcome.Skip);

    /// <summary>
    /// One finding per failed test (located at the first <c>file_test.go:line:</c> message it printed), one per failed
    /// package without failed tests (build failures, panics), and one per compiler error in the unparsed output.
    /// </summary>
    public IReadOnlyList<Finding> Findings()
    {
        var findings = new List<Finding>();
        findings.AddRange(GoVetParser.Parse(UnparsedOutput).Where(f => f.File is not null).Select(f => f with { Tool = "go test" }));
        foreach (var package in Packages.Where(p => p.Outcome is GoTestOutcome.Fail or GoTestOutcome.Incomplete))
        {
            var failed = package.Tests.Where(t => t.Outcome is GoTestOutcome.Fail or GoTestOutcome.Incomplete).ToList();
            // A parent test fails with its subtests; report the innermost failures only.
            foreach (var test in failed.Where(t => !failed.Exists(o => o.Name.StartsWith(t.Name + "/", StringComparison.Ordinal))))
            {
                var located = LocationLine.Lines(test.Output).Select(l => l.Trim())
                    .Select(l => LocationLine.TryParse(l, out var file, out var line, out _, out var message) ? (file, line, message) : default)
                    .FirstOrDefault(l => l.file is not null);
                findings.Add(located.file is null
                    ? new Finding("go test", null, null, null, FindingSeverity.Error, $"{test.Name} {Describe(test.Outcome)}", package.Package)
                    : new Finding("go test", located.file, located.line, null, FindingSeverity.Error, $"{test.Name}: {located.message}", package.Package));
            }

            if (failed.Count == 0)
            {
                findings.Add(new Finding("go test", null, null, null, FindingSeverity.Error,
                    $"package {package.Package} {Describe(package.Outcome)}: {package.Output.Trim()}", package.Package));
            }
        }

        return findings;
    }

    private static string Describe(GoTestOutcome outcome) => outcome == GoTestOutcome.Incomplete ? "did not finish" : "failed";
}
