namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>sboms</c> entry.</summary>
/// <param name="Path">Configuration path, e.g. <c>sboms[0]</c>.</param>
/// <param name="Location">Where the entry starts.</param>
/// <param name="Id"><c>id</c>, or null.</param>
/// <param name="Command"><c>cmd</c> with GoReleaser's default applied: <c>syft</c>.</param>
/// <param name="Artifacts"><c>artifacts</c> with GoReleaser's default applied: <c>archive</c>.</param>
/// <param name="Disable"><c>disable</c>, or null.</param>
public sealed record SbomConfig(string Path, SourceLocation Location, string? Id, string Command, string Artifacts, string? Disable)
{
    /// <summary>False when disabled or <c>artifacts: none</c>.</summary>
    public bool CatalogsSomething => !ConfigNode.IsTrue(Disable) && !string.Equals(Artifacts, "none", StringComparison.Ordinal);

    /// <summary>The tool's name without a directory, e.g. <c>syft</c>.</summary>
    public string Tool => System.IO.Path.GetFileName(Command.Trim().Split(' ')[0]);
}
