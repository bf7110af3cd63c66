namespace Slipway.Tool.Init;

/// <summary>The arguments of <c>slipway init</c>.</summary>
/// <param name="Root">The repository root (the current directory).</param>
/// <param name="PackageSource">A feed (folder or URL) the build restores the Slipway packages from, or null.</param>
/// <param name="DryRun">Write nothing; list what would be written.</param>
/// <param name="Force">Replace files that are already there.</param>
public sealed record InitOptions(string Root, string? PackageSource = null, bool DryRun = false, bool Force = false);
