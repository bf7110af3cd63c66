using Slipway.Tooling;

namespace Slipway.Components.Go;

/// <summary>Runs a tool whose output a component parses: captured, not streamed, and a non-zero exit is data, not an exception.</summary>
internal static class ToolProcess
{
    public static Task<ProcessResult> RunAsync(IBuild build, string fileName, string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        build.Context.Processes.RunAsync(
            new ProcessSpec(fileName, arguments)
            {
                WorkingDirectory = directory,
                ThrowOnFailure = false,
                LogOutput = false,
                Environment = environment ?? new Dictionary<string, string?>(StringComparer.Ordinal),
            },
            cancellationToken);

    /// <summary>The last lines a process printed, indented, for failure messages.</summary>
    public static string Tail(ProcessResult result, int lines = 10)
    {
        var tail = result.Output.TakeLast(lines).Select(l => "  " + l.Text).ToList();
        return tail.Count == 0 ? "(no output)" : string.Join('\n', tail);
    }
}
