namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The job that runs the target sets <paramref name="Name"/> to a literal <paramref name="Value"/> (e.g. <c>GORELEASER_FORCE_TOKEN=gitlab</c>).</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">Its value.</param>
public sealed record SetsVariable(string Name, string Value) : Capability;
