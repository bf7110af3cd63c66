namespace Slipway.Hosts;

/// <summary>Recognises one CI system from the environment a run starts in; registered with <see cref="HostDetectorAttribute"/>.</summary>
public interface IHostDetector
{
    /// <summary>The host when <paramref name="environment"/> is this CI system's, else null.</summary>
    Host? Detect(IReadOnlyDictionary<string, string> environment);
}
