namespace Slipway.Pipelines.Model;

/// <summary>A push trigger. Branch and tag patterns are globs (<c>*</c>, <c>**</c>), as GitHub Actions reads them.</summary>
public sealed record PushTrigger
{
    /// <summary>Branch names or globs, e.g. <c>main</c>.</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];

    /// <summary>Tag globs, e.g. <c>v*</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Only pushes changing one of these paths (globs) start the pipeline; empty means any change.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
