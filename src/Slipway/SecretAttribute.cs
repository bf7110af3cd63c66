namespace Slipway;

/// <summary>
/// Marks a parameter as secret: its value is masked in every log line and process output, never shown by
/// <c>--help</c>, and announced to GitHub Actions with <c>::add-mask::</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
