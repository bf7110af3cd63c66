namespace Slipway.Components.Tools;

/// <summary>One tool version pinned in a mise configuration file.</summary>
/// <param name="Tool">The tool as written, with asdf's aliases made mise's (<c>golang</c> is <c>go</c>), e.g. <c>aqua:goreleaser/goreleaser</c>.</param>
/// <param name="Version">The version request as written: <c>1.25.5</c>, <c>latest</c>, <c>prefix:1.25</c>...</param>
/// <param name="Source">The file, relative to the root, e.g. <c>mise.toml</c>.</param>
/// <param name="Line">The 1-based line of the pin in that file.</param>
public sealed record MisePin(string Tool, string Version, string Source, int Line);
