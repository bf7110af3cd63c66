namespace Slipway.Reporting;

/// <summary>What one CI cache gave the job before the build started.</summary>
/// <param name="Name">The cache's name in the generated job (e.g. <c>go-build</c>, <c>nuget</c>, <c>build-program</c>).</param>
/// <param name="Outcome">
/// <c>hit</c> (the exact key), <c>partial</c> (a fallback or restore key), <c>miss</c> (nothing), or <c>restored</c>
/// (something was there; the CI system does not say which key).
/// </param>
public sealed record CacheResult(string Name, string Outcome)
{
    /// <summary>The exact key was restored.</summary>
    public const string Hit = "hit";

    /// <summary>A fallback key was restored.</summary>
    public const string Partial = "partial";

    /// <summary>Nothing was restored.</summary>
    public const string Miss = "miss";

    /// <summary>Something was restored; which key is unknown.</summary>
    public const string Restored = "restored";
}
