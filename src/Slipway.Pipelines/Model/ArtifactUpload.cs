namespace Slipway.Pipelines.Model;

/// <summary>
/// Files a job hands to later jobs. Paths are files or directories relative to the workspace (no globs); a consumer
/// finds them at the same relative paths. On GitHub the writer packs them into one tar first, which keeps
/// executable bits and hidden files (upload-artifact drops both); GitLab artifacts keep them natively.
/// </summary>
/// <param name="Name">Unique per pipeline (GitHub artifacts are immutable per name); letters, digits, <c>. _ -</c>.</param>
/// <param name="Paths">Files or directories relative to the workspace.</param>
/// <param name="RetentionDays">How long the artifact is kept: 1 for CI hand-offs, 7 for release runs (1-90).</param>
public sealed record ArtifactUpload(string Name, IReadOnlyList<string> Paths, int RetentionDays = 1)
{
    /// <summary>
    /// Upload also when the job failed, and tolerate missing paths (reports such as timings.json, which a run that
    /// stops early never writes). GitHub: <c>if: always()</c>; GitLab: <c>artifacts: when: always</c>.
    /// </summary>
    public bool EvenIfJobFails { get; init; }
}
