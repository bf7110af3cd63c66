using System.Globalization;

using Slipway.Hosts;

namespace Slipway.Components.CiSystems.GitLab;

/// <summary>GitLab CI: a collapsible, timestamped section per target, the timing dotenv report.</summary>
public sealed class GitLabCiHost : Host
{
    /// <summary>Reads the <c>CI_*</c> variables.</summary>
    public GitLabCiHost(IReadOnlyDictionary<string, string> environment)
    {
        string? Get(string name) => environment.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        Commit = Get("CI_COMMIT_SHA");
        Tag = Get("CI_COMMIT_TAG");
        Branch = Get("CI_COMMIT_BRANCH") ?? Get("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME");
        Ref = Tag is not null ? $"refs/tags/{Tag}" : Get("CI_COMMIT_REF_NAME") is { } name ? $"refs/heads/{name}" : null;
        RunId = Get("CI_PIPELINE_ID");
        JobName = Get("CI_JOB_NAME");
        Repository = Get("CI_PROJECT_PATH");
        IsPullRequest = string.Equals(Get("CI_PIPELINE_SOURCE"), "merge_request_event", StringComparison.Ordinal) || Get("CI_MERGE_REQUEST_IID") is not null;
        SourceUrl = Get("CI_PROJECT_URL");
        RunUrl = Get("CI_PIPELINE_URL") is { } pipeline && Uri.TryCreate(pipeline, UriKind.Absolute, out var url) ? url : null;
        ApiUrl = Get("CI_API_V4_URL");
        JobToken = Get("CI_JOB_TOKEN");
    }

    /// <inheritdoc />
    public override ForgeKind Forge => ForgeKind.GitLab;

    /// <inheritdoc />
    public override IReadOnlyList<string> WriteReports(Slipway.Reporting.RunTimings timings, string rootDirectory)
    {
        try
        {
            DotenvReportWriter.Write(timings, Path.Combine(rootDirectory, ".nuke", "temp", "timings.env"));
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [$"Could not write the dotenv report ({DotenvReportWriter.RelativePath}): {ex.Message}"];
        }
    }

    /// <inheritdoc />
    public override string Name => "GitLab";

    /// <inheritdoc />
    public override string BeginGroup(string name, DateTimeOffset at) =>
        $"\u001b[0Ksection_start:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:{SectionName(name)}[collapsed=true]\r\u001b[0K{name}";

    /// <inheritdoc />
    public override string EndGroup(string name, DateTimeOffset at) =>
        $"\u001b[0Ksection_end:{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:{SectionName(name)}\r\u001b[0K";

    /// <inheritdoc />
    public override string Annotation(AnnotationSeverity severity, string message, string? file = null, int? line = null, int? column = null, string? title = null)
    {
        // GitLab has no annotation command: colour the line so it stands out in the job log.
        var colour = severity switch { AnnotationSeverity.Error => "31", AnnotationSeverity.Warning => "33", _ => "36" };
        return $"\u001b[{colour};1m{base.Annotation(severity, message, file, line, column, title)}\u001b[0m";
    }

    /// <summary>Section names allow letters, digits, <c>_ . -</c> only.</summary>
    public static string SectionName(string name) =>
        "slipway_" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '_')]).ToLowerInvariant();
}
