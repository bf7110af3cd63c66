namespace Slipway.Components.CiGeneration;

/// <summary>A file the generator produces.</summary>
/// <param name="RelativePath">Path relative to the repository root, forward slashes.</param>
/// <param name="Content">Exact content (LF endings).</param>
public sealed record GeneratedFile(string RelativePath, string Content);
