namespace Slipway.Caching;

/// <summary>The last successful run of one target on this machine, kept in <c>.nuke/temp/cache/&lt;Target&gt;.json</c>.</summary>
/// <param name="Format">Record format; a record of another format means "run".</param>
/// <param name="Target">The target's name.</param>
/// <param name="Salt">Random salt for the value digests, kept so the next run can compare them.</param>
/// <param name="SucceededAt">When the run finished.</param>
/// <param name="Inputs">What the run depended on, taken right before it started.</param>
/// <param name="Outputs">Output files as the run left them: relative path to stamp.</param>
internal sealed record CacheRecord(
    int Format,
    string Target,
    string Salt,
    DateTimeOffset SucceededAt,
    InputFingerprint Inputs,
    IReadOnlyDictionary<string, OutputStamp> Outputs)
{
    /// <summary>The format this version of Slipway writes.</summary>
    public const int CurrentFormat = 1;
}
