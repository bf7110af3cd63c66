using Serilog.Formatting.Json;

namespace Slipway.Logging;

/// <summary>Replaces secret values with <c>***</c>. Every line Slipway prints passes through one instance.</summary>
public sealed class SecretMasker
{
    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>The replacement text.</summary>
    public const string Mask = "***";

    /// <summary>Registers a value to mask, as written and as the logger escapes it; empty values are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _secrets = [.. _secrets.Append(secret).Append(JsonEscaped(secret)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every registered secret masked.</summary>
    public string Apply(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    // The logger renders a string inside a list or object JSON-escaped ("a\"b" for a"b): mask that form too.
    private static string JsonEscaped(string secret)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        JsonValueFormatter.WriteQuotedJsonString(secret, writer);
        return writer.ToString()[1..^1];
    }
}
