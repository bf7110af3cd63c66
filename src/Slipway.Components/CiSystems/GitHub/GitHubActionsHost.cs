using Slipway.Hosts;

namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// GitHub Actions: <c>::group::</c> per target, <c>::error</c>/<c>::warning</c> annotations, <c>::add-mask::</c> for secrets,
/// the timing table in the job summary.
/// </summary>
public class GitHubActionsHost : Host
{
    /// <summary>Reads the <c>GITHUB_*</c> variables.</summary>
    public GitHubActionsHost(IReadOnlyDictionary<string, string> environment)
    {
        string? Get(string name) => environment.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        Ref = Get("GITHUB_REF");
        Commit = Get("GITHUB_SHA");
        var isTag = string.Equals(Get("GITHUB_REF_TYPE"), "tag", StringComparison.Ordinal);
        // A workflow called (or started by hand) for a tag gets it as an input, which the generated jobs export here.
        var givenTag = Get("SLIPWAY_RELEASE_TAG");
        Tag = isTag ? Get("GITHUB_REF_NAME") : givenTag;
        if (!isTag && givenTag is not null)
        {
            Ref = "refs/tags/" + givenTag;
        }

        Branch = Get("GITHUB_HEAD_REF") ?? (isTag ? null : Get("GITHUB_REF_NAME"));
        RunId = Get("GITHUB_RUN_ID");
        JobName = Get("GITHUB_JOB");
        Repository = Get("GITHUB_REPOSITORY");
        StepSummaryPath = Get("GITHUB_STEP_SUMMARY");
        IsPullRequest = Get("GITHUB_EVENT_NAME") is "pull_request" or "pull_request_target";
        var server = Get("GITHUB_SERVER_URL")?.TrimEnd('/') ?? "https://github.com";
        SourceUrl = Repository is null ? null : $"{server}/{Repository}";
        // GitHub sets no variable holding the run's address; this is the form its web interface uses.
        RunUrl = Repository is null || RunId is null ? null : Absolute($"{server.TrimEnd('/')}/{Repository}/actions/runs/{RunId}");
        ApiUrl = Get("GITHUB_API_URL");
        ServerUrl = server;
    }

    /// <summary>The address <paramref name="text"/> names, or null when it is not an absolute URL.</summary>
    protected static Uri? Absolute(string text) => Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    /// <summary>The forge's web address (<c>GITHUB_SERVER_URL</c>).</summary>
    protected string ServerUrl { get; }

    /// <inheritdoc />
    public override ForgeKind Forge => ForgeKind.GitHub;

    /// <inheritdoc />
    public override IReadOnlyList<string> WriteReports(Slipway.Reporting.RunTimings timings, string rootDirectory)
    {
        if (StepSummaryPath is not { } summary)
        {
            return [];
        }

        try
        {
            StepSummaryWriter.Append(timings, summary);
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [$"Could not write the job summary ({summary}): {ex.Message}"];
        }
    }

    /// <inheritdoc />
    public override string Name => "GitHubActions";

    /// <inheritdoc />
    public override string BeginGroup(string name, DateTimeOffset at) => $"::group::{EscapeData(name)}";

    /// <inheritdoc />
    public override string EndGroup(string name, DateTimeOffset at) => "::endgroup::";

    /// <inheritdoc />
    public override string Annotation(AnnotationSeverity severity, string message, string? file = null, int? line = null, int? column = null, string? title = null)
    {
        var properties = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                properties.Add($"{key}={EscapeProperty(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("file", file);
        Add("line", line);
        Add("col", column);
        Add("title", title);
        var command = severity.ToString().ToLowerInvariant();
        return properties.Count == 0 ? $"::{command}::{EscapeData(message)}" : $"::{command} {string.Join(",", properties)}::{EscapeData(message)}";
    }

    /// <inheritdoc />
    public override string MaskCommand(string secret) => $"::add-mask::{EscapeData(secret)}";

    /// <summary>Escapes a workflow command's message: <c>%</c>, CR, LF.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a workflow command's property: also <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
