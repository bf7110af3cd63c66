namespace Slipway;

/// <summary>
/// Marks a field or property as a build parameter, set from <c>--kebab-case</c> arguments, environment variables
/// (exact name, then ignoring case and underscores, optionally prefixed <c>SLIPWAY_</c> or <c>NUKE_</c>) or
/// <c>.nuke/parameters.json</c>, in that order of precedence.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>Declares a parameter with a description for <c>--help</c>.</summary>
    public ParameterAttribute(string description = "")
    {
        Description = description;
    }

    /// <summary>Shown by <c>--help</c>.</summary>
    public string Description { get; }
}
