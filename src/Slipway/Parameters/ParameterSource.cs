namespace Slipway.Parameters;

/// <summary>Where a parameter's value came from; shown by <c>--help</c>.</summary>
public enum ParameterSource
{
    /// <summary>Not set anywhere: the member's own default.</summary>
    Default,

    /// <summary>A <c>--kebab-case</c> argument.</summary>
    CommandLine,

    /// <summary>An environment variable.</summary>
    Environment,

    /// <summary><c>.nuke/parameters.json</c>.</summary>
    ParametersFile,
}
