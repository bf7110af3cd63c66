namespace Slipway.Hosts;

/// <summary>GitHub Actions: <c>::group::</c> per target, <c>::error</c>/<c>::warning</c> annotations, <c>::add-mask::</c> for secrets.</summary>
public sealed class GitHubActionsHost : Host
{
    /// <summary>Reads the <c>GITHUB_*</c> variables.</summary>
    public GitHubActionsHost(IReadOnlyDictionary<string, string> environment)
    {
        string? Get(string name) => environment.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        Ref = Get("GITHUB_REF");
        Commit = Get("GITHUB_SHA");
        var isTag = string.Equals(Get("GITHUB_REF_TYPE"), "tag", StringComparison.Ordinal);
        Tag = isTag ? Get("GITHUB_REF_NAME") : null;
        Branch = Get("GITHUB_HEAD_REF") ?? (isTag ? null : Get("GITHUB_REF_NAME"));
        RunId = Get("GITHUB_RUN_ID");
        JobName = Get("GITHUB_JOB");
        Repository = Get("GITHUB_REPOSITORY");
        StepSummaryPath = Get("GITHUB_STEP_SUMMARY");
        // GitHub sets no variable holding the run's address; this is the form its web interface uses.
        if (Get("GITHUB_SERVER_URL") is { } server && Repository is not null && RunId is not null
            && Uri.TryCreate($"{server.TrimEnd('/')}/{Repository}/actions/runs/{RunId}", UriKind.Absolute, out var run))
        {
            RunUrl = run;
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
