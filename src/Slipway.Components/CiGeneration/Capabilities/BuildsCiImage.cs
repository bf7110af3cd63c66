namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The target builds the image CI jobs run in; a CI system whose jobs do not run in images gains nothing from it.</summary>
public sealed record BuildsCiImage : Capability;
