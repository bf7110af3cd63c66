namespace Slipway.Hosts;

/// <summary>Severity of a file:line annotation.</summary>
public enum AnnotationSeverity
{
    /// <summary>Informational.</summary>
    Notice,

    /// <summary>Worth a look; does not fail the build.</summary>
    Warning,

    /// <summary>A failure.</summary>
    Error,
}
