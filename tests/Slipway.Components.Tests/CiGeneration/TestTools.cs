namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Tools as the Go components declare them: plain executable names.</summary>
internal static class TestTools
{
    public static readonly ToolRequirement Go = new("go", "Install Go (mise install)");
    public static readonly ToolRequirement GoReleaser = new("goreleaser", "Install GoReleaser (mise install)");
    public static readonly ToolRequirement GolangciLint = new("golangci-lint", "Install golangci-lint (mise install)");
}
