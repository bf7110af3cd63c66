using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Registry;

/// <summary>A parsed <c>WWW-Authenticate</c> challenge: scheme plus its parameters (realm, service, scope...).</summary>
internal sealed partial record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Realm => Parameters.GetValueOrDefault("realm");

    public string? Service => Parameters.GetValueOrDefault("service");

    public string? Scope => Parameters.GetValueOrDefault("scope");

    public bool IsBearer => string.Equals(Scheme, "Bearer", StringComparison.OrdinalIgnoreCase);

    public bool IsBasic => string.Equals(Scheme, "Basic", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first Bearer or Basic challenge among <paramref name="headers"/>, Bearer preferred; null when none.</summary>
    public static AuthChallenge? Select(HttpHeaderValueCollection<AuthenticationHeaderValue> headers)
    {
        var challenges = headers.Select(h => Parse(h.Scheme, h.Parameter)).ToList();
        return challenges.Find(c => c.IsBearer) ?? challenges.Find(c => c.IsBasic);
    }

    public static AuthChallenge Parse(string scheme, string? parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in ParameterPattern().Matches(parameters ?? ""))
        {
            values[m.Groups["key"].Value] = m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : m.Groups["token"].Value;
        }

        return new AuthChallenge(scheme, values);
    }

    [GeneratedRegex(@"(?<key>[A-Za-z0-9_-]+)\s*=\s*(?:""(?<quoted>(?:[^""\\]|\\.)*)""|(?<token>[^,\s]*))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ParameterPattern();
}
