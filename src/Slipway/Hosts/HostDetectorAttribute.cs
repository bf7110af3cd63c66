namespace Slipway.Hosts;

/// <summary>
/// Registers a CI system with the engine: <c>[assembly: HostDetector(typeof(MyCiSystem))]</c> in an assembly the build
/// uses. The type implements <see cref="IHostDetector"/> and has a public parameterless constructor. This is a CI
/// system's one registration; the engine itself knows only the terminal.
/// </summary>
/// <param name="detector">The detector type.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class HostDetectorAttribute(Type detector) : Attribute
{
    /// <summary>The detector type.</summary>
    public Type Detector { get; } = detector;

    /// <summary>
    /// Where the detector is asked, lowest first (default 0; ties by type name): a system whose runner also sets another
    /// system's variables (Forgejo sets <c>GITHUB_ACTIONS</c>) registers below it.
    /// </summary>
    public int Order { get; set; }
}
