namespace Slipway.Tooling;

/// <summary>A process to start. Arguments are passed as a list, never re-parsed by a shell, so nothing needs quoting.</summary>
/// <param name="FileName">The executable: a name found on PATH, or a path.</param>
/// <param name="Arguments">The arguments, one per element.</param>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the build root when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set (a null value removes the variable).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Kill the process tree after this long.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Throw <see cref="ProcessFailedException"/> on a non-zero exit (the default).</summary>
    public bool ThrowOnFailure { get; init; } = true;

    /// <summary>Log each output line as it arrives (the default); false keeps output for the result only.</summary>
    public bool LogOutput { get; init; } = true;

    /// <summary>How many of the last output lines a failure message shows.</summary>
    public int TailLines { get; init; } = 20;

    /// <summary>Text written to standard input, then closed; null leaves it empty.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Creates a spec from a program and arguments.</summary>
    public static ProcessSpec Of(string fileName, params string[] arguments) => new(fileName, arguments);
}
