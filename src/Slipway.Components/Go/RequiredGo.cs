namespace Slipway.Components.Go;

/// <summary>A Go version the project asks for, and where it says so.</summary>
/// <param name="Version">The version as written (<c>1.25.5</c>, <c>go1.22.3</c>).</param>
/// <param name="Source">Where, for messages: <c>pinned in .mise/config.toml</c>, <c>the go line of pkg/sku/go.mod</c>.</param>
public sealed record RequiredGo(string Version, string Source);
