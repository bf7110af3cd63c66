namespace Slipway.Logging;

/// <summary>Replaces secret values with <c>***</c>. Every line Slipway prints passes through one instance.</summary>
public sealed class SecretMasker
{
    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>The replacement text.</summary>
    public const string Mask = "***";

    /// <summary>Registers a value to mask; empty values are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _secrets = [.. _secrets.Append(secret).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
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
}
