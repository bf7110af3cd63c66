namespace Slipway.Tests.TestBuilds;

/// <summary>A depends on B, B on C, C on A; Free is outside the cycle.</summary>
public sealed class CycleBuild : RecordingBuild
{
    public Target A => _ => _.DependsOn(B).Executes(() => Record(nameof(A)));

    public Target B => _ => _.DependsOn(C).Executes(() => Record(nameof(B)));

    public Target C => _ => _.DependsOn(A).Executes(() => Record(nameof(C)));

    public Target Free => _ => _.Executes(() => Record(nameof(Free)));
}
