namespace Slipway.Hosts;

/// <summary>
/// Where the build runs (a terminal, GitHub Actions, GitLab CI): what it knows about the commit and the run, and
/// how output is shaped there (groups, sections, annotations, masks).
/// </summary>
public abstract class Host
{
    /// <summary>Short name: Terminal, or the CI system's (GitHubActions, GitLab, ForgejoActions).</summary>
    public abstract string Name { get; }

    /// <summary>True on a CI service.</summary>
    public virtual bool IsCi => true;

    /// <summary>The branch being built; null for tags and detached heads.</summary>
    public string? Branch { get; protected init; }

    /// <summary>The commit sha.</summary>
    public string? Commit { get; protected init; }

    /// <summary>The tag being built, when the run is for a tag.</summary>
    public string? Tag { get; protected init; }

    /// <summary>The full ref (refs/heads/main, refs/tags/v1.0.0, ...).</summary>
    public string? Ref { get; protected init; }

    /// <summary>The CI run (GitHub) or pipeline (GitLab) id.</summary>
    public string? RunId { get; protected init; }

    /// <summary>The CI job name.</summary>
    public string? JobName { get; protected init; }

    /// <summary>owner/name (GitHub) or group/project (GitLab).</summary>
    public string? Repository { get; protected init; }

    /// <summary>Web page of the CI run (GitHub) or pipeline (GitLab), for links in what the build publishes; null on a terminal.</summary>
    public Uri? RunUrl { get; protected init; }

    /// <summary>GitHub's step summary file; null elsewhere.</summary>
    public string? StepSummaryPath { get; protected init; }

    /// <summary>Whether the run builds a pull (merge) request.</summary>
    public bool IsPullRequest { get; protected init; }

    /// <summary>The repository's web address (<c>https://github.com/owner/name</c>), for source labels and links.</summary>
    public string? SourceUrl { get; protected init; }

    /// <summary>The forge's API base address as the CI system gives it (GitHub Enterprise, self-managed GitLab), or null.</summary>
    public string? ApiUrl { get; protected init; }

    /// <summary>The short-lived token the CI system gives the job for its own API (GitLab <c>CI_JOB_TOKEN</c>), or null.</summary>
    public string? JobToken { get; protected init; }

    /// <summary>Which forge hosts the repository.</summary>
    public virtual ForgeKind Forge => ForgeKind.None;

    /// <summary>
    /// Writes the reports this host shows besides the log (a job summary, a dotenv report) after a run; returns a warning
    /// for each report it could not write. None by default.
    /// </summary>
    public virtual IReadOnlyList<string> WriteReports(Reporting.RunTimings timings, string rootDirectory) => [];

    /// <summary>The line that opens a target's block of output.</summary>
    public virtual string BeginGroup(string name, DateTimeOffset at) => $"--- {name} ---";

    /// <summary>The line that closes a target's block; null when the host needs none.</summary>
    public virtual string? EndGroup(string name, DateTimeOffset at) => null;

    /// <summary>An annotation line for a finding at a file position.</summary>
    public virtual string Annotation(AnnotationSeverity severity, string message, string? file = null, int? line = null, int? column = null, string? title = null)
    {
        var where = file is null ? "" : $"{file}{(line is null ? "" : $":{line}")}{(column is null ? "" : $":{column}")}: ";
        return $"{where}{severity.ToString().ToLowerInvariant()}: {(title is null ? "" : title + ": ")}{message}";
    }

    /// <summary>The line that tells the host to mask a value in its own logs; null when it has no such command.</summary>
    public virtual string? MaskCommand(string secret) => null;
}
