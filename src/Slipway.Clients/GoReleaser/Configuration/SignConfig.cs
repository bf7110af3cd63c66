namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>signs</c>, <c>docker_signs</c> or <c>binary_signs</c> entry.</summary>
/// <param name="Section">The section: <c>signs</c>, <c>docker_signs</c> or <c>binary_signs</c>.</param>
/// <param name="Path">Configuration path, e.g. <c>signs[0]</c>.</param>
/// <param name="Location">Where the entry starts.</param>
/// <param name="Command"><c>cmd</c> with GoReleaser's default applied: <c>cosign</c> for docker_signs, <c>gpg</c> otherwise.</param>
/// <param name="Artifacts"><c>artifacts</c> with GoReleaser's default applied (<c>none</c> for signs, <c>binary</c> for binary_signs), or null (docker_signs).</param>
/// <param name="Arguments"><c>args</c>.</param>
/// <param name="Env"><c>env</c>.</param>
public sealed record SignConfig(string Section, string Path, SourceLocation Location, string Command, string? Artifacts, IReadOnlyList<string> Arguments, IReadOnlyList<string> Env)
{
    /// <summary>False when <c>artifacts: none</c>: the entry signs nothing and needs no tool.</summary>
    public bool SignsSomething => !string.Equals(Artifacts, "none", StringComparison.Ordinal);

    /// <summary>The tool's name without a directory, e.g. <c>cosign</c>.</summary>
    public string Tool => System.IO.Path.GetFileName(Command.Trim().Split(' ')[0]);
}
