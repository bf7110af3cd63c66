using System.Text;
using System.Text.Json;

namespace Slipway.Clients.Diagnostics;

/// <summary>Summarises <c>go test -json</c> (test2json) events: <c>Action</c> run/pass/fail/skip/output, <c>Package</c>, <c>Test</c>, <c>Elapsed</c>, <c>Output</c>.</summary>
public static class GoTestJsonParser
{
    /// <summary>Parses the event stream; lines that are not JSON events are kept in <see cref="GoTestSummary.UnparsedOutput"/>.</summary>
    public static GoTestSummary Parse(string output)
    {
        var packages = new List<PackageState>();
        var byName = new Dictionary<string, PackageState>(StringComparer.Ordinal);
        var unparsed = new StringBuilder();
        foreach (var line in LocationLine.Lines(output))
        {
            if (!TryReadEvent(line, out var action, out var package, out var test, out var elapsed, out var text))
            {
                // Before Go 1.24 a build failure is only a plain "FAIL\t<package> [build failed]" line.
                var failed = line.StartsWith("FAIL\t", StringComparison.Ordinal) && line.EndsWith(" failed]", StringComparison.Ordinal);
                if (!failed)
                {
                    unparsed.Append(line).Append('\n');
                    continue;
                }

                package = line["FAIL\t".Length..line.LastIndexOf(" [", StringComparison.Ordinal)];
                (action, test, elapsed, text) = ("fail", null, null, line + "\n");
            }
            else if (package.Length == 0)
            {
                // Go 1.24+ build-output events carry ImportPath, not Package: the compiler's messages.
                unparsed.Append(text);
                continue;
            }

            if (!byName.TryGetValue(package, out var state))
            {
                state = new PackageState(package);
                byName[package] = state;
                packages.Add(state);
            }

            state.Apply(action, test, elapsed, text);
        }

        return new GoTestSummary(packages.Select(p => p.ToResult()).ToList(), unparsed.ToString());
    }

    private static bool TryReadEvent(string line, out string action, out string package, out string? test, out TimeSpan? elapsed, out string? text)
    {
        action = package = "";
        test = text = null;
        elapsed = null;
        if (!line.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            action = DiagnosticsJson.String(root, "Action") ?? "";
            package = DiagnosticsJson.String(root, "Package") ?? "";
            test = DiagnosticsJson.String(root, "Test");
            text = DiagnosticsJson.String(root, "Output");
            if (root.TryGetProperty("Elapsed", out var e) && e.ValueKind == JsonValueKind.Number)
            {
                elapsed = TimeSpan.FromSeconds(e.GetDouble());
            }

            return action.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed class PackageState(string name)
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, (GoTestOutcome? Outcome, TimeSpan? Elapsed, StringBuilder Output)> _tests = new(StringComparer.Ordinal);
        private readonly StringBuilder _output = new();
        private GoTestOutcome? _outcome;
        private TimeSpan? _elapsed;

        public void Apply(string action, string? test, TimeSpan? elapsed, string? text)
        {
            var outcome = action switch
            {
                "pass" => GoTestOutcome.Pass,
                "fail" => GoTestOutcome.Fail,
                "skip" => GoTestOutcome.Skip,
                _ => (GoTestOutcome?)null,
            };
            if (test is null)
            {
                _output.Append(string.Equals(action, "output", StringComparison.Ordinal) || elapsed is null ? text : null);
                _outcome = outcome ?? _outcome;
                _elapsed = outcome is null ? _elapsed : elapsed;
                return;
            }

            if (!_tests.TryGetValue(test, out var state))
            {
                _order.Add(test);
                state = (null, null, new StringBuilder());
            }

            state.Output.Append(string.Equals(action, "output", StringComparison.Ordinal) ? text : null);
            _tests[test] = outcome is null ? state : (outcome, elapsed, state.Output);
        }

        public GoTestPackageResult ToResult() => new(
            name,
            _outcome ?? GoTestOutcome.Incomplete,
            _elapsed,
            _order.Select(t => new GoTestResult(name, t, _tests[t].Outcome ?? GoTestOutcome.Incomplete, _tests[t].Elapsed, _tests[t].Output.ToString())).ToList(),
            _output.ToString());
    }
}
