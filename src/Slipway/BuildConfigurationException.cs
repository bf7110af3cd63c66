namespace Slipway;

/// <summary>
/// A mistake in how the build is declared or invoked (a cycle, an unknown target or parameter, a bad value, a
/// missing requirement). Reported without a stack trace; the run exits with code 2 before any target runs.
/// </summary>
public sealed class BuildConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong, where, and what to do.</summary>
    public BuildConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public BuildConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
