namespace Slipway.Hosts;

/// <summary>
/// Where the build runs (a terminal, GitHub Actions, GitLab CI): what it knows about the commit and the run, and
/// how output is shaped there (groups, sections, annotations, masks).
/// </summary>
public abstract class Host
{
    /// <summary>Short name: Terminal, GitHubActions or GitLab.</summary>
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

    /// <summary>Picks the host from environment variables.</summary>
    public static Host Detect(IReadOnlyDictionary<string, string> environment, string rootDirectory) =>
        IsSet(environment, "GITHUB_ACTIONS") ? new GitHubActionsHost(environment)
        : IsSet(environment, "GITLAB_CI") ? new GitLabCiHost(environment)
        : new TerminalHost(rootDirectory);

    private static bool IsSet(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
