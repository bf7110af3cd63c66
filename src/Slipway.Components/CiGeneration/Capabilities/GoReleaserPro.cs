namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The target runs a GoReleaser configuration that needs GoReleaser Pro: CI installs the Pro distribution, which reads <c>GORELEASER_KEY</c>.</summary>
public sealed record GoReleaserPro : Capability
{
    /// <summary>The licence key variable GoReleaser Pro reads.</summary>
    public const string KeyVariable = "GORELEASER_KEY";
}
