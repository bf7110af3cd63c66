namespace Slipway.Tooling;

/// <summary>How a process ended and what it wrote.</summary>
/// <param name="CommandLine">The command line as shown (secrets masked).</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Every line, in arrival order.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record ProcessResult(string CommandLine, int ExitCode, IReadOnlyList<ProcessOutputLine> Output, TimeSpan Duration)
{
    /// <summary>Standard output joined with LF.</summary>
    public string StandardOutput => string.Join('\n', Output.Where(l => !l.IsError).Select(l => l.Text));

    /// <summary>Standard error joined with LF.</summary>
    public string StandardError => string.Join('\n', Output.Where(l => l.IsError).Select(l => l.Text));
}
