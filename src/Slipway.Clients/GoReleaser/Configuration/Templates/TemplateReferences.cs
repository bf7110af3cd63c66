using System.Text.RegularExpressions;

namespace Slipway.Clients.GoReleaser.Configuration.Templates;

/// <summary>What a template text reads: environment variables, and the build-time clock that makes outputs differ between builds.</summary>
public static partial class TemplateReferences
{
    /// <summary>
    /// The environment variables <paramref name="text"/> reads inside its actions: <c>.Env.NAME</c> (required) and
    /// <c>envOrDefault "NAME"</c> / <c>isEnvSet "NAME"</c> (optional), in order, each once (required wins).
    /// </summary>
    public static IReadOnlyList<(string Name, bool Optional)> EnvironmentVariables(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string Name, bool Optional)>();
        foreach (Match action in Action().Matches(text))
        {
            foreach (Match match in EnvironmentUse().Matches(action.Value))
            {
                var required = match.Groups["field"].Success;
                var name = required ? match.Groups["field"].Value : match.Groups["name"].Value;
                var index = found.FindIndex(f => string.Equals(f.Name, name, StringComparison.Ordinal));
                if (index < 0)
                {
                    found.Add((name, !required));
                }
                else if (required)
                {
                    found[index] = (name, false);
                }
            }
        }

        return found;
    }

    /// <summary>The time fields an action of <paramref name="text"/> reads that change on every build: <c>.Date</c>, <c>.Now</c>, <c>.Timestamp</c>.</summary>
    public static IReadOnlyList<string> BuildTimeFields(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Action().Matches(text).SelectMany(a => BuildTime().Matches(a.Value)).Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline, 1000)]
    private static partial Regex Action();

    [GeneratedRegex(@"\.Env\.(?<field>[A-Za-z_][A-Za-z0-9_]*)|\b(?:envOrDefault|isEnvSet)\s+""(?<name>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.None, 1000)]
    private static partial Regex EnvironmentUse();

    // .Date and .Now are the build's clock; .Timestamp is its Unix form. .CommitDate/.CommitTimestamp are not matched.
    [GeneratedRegex(@"(?<![A-Za-z0-9_])\.(?:Date|Now|Timestamp)(?![A-Za-z0-9_])", RegexOptions.None, 1000)]
    private static partial Regex BuildTime();
}
