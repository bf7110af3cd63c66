namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Static conditions: Deploy (WhenSkipped Skip) needs Package, which needs Compile; Report (default behaviour)
/// needs Collect. Compile is also needed by Test, which always runs.
/// </summary>
public sealed class ConditionBuild : RecordingBuild
{
    public bool IsRelease { get; set; }

    public bool ShouldRun { get; set; } = true;

    public Target Compile => _ => _.Executes(() => Record(nameof(Compile)));

    public Target Test => _ => _.DependsOn(Compile).Executes(() => Record(nameof(Test)));

    public Target Package => _ => _.DependsOn(Compile).Executes(() => Record(nameof(Package)));

    public Target Deploy => _ => _
        .DependsOn(Package)
        .OnlyWhenStatic(() => IsRelease)
        .WhenSkipped(DependencyBehavior.Skip)
        .Executes(() => Record(nameof(Deploy)));

    public Target Collect => _ => _.Executes(() => Record(nameof(Collect)));

    public Target Report => _ => _.DependsOn(Collect).OnlyWhenStatic(() => IsRelease).Executes(() => Record(nameof(Report)));

    public Target Everything => _ => _.DependsOn(Deploy, Test);

    public Target Dynamic => _ => _.DependsOn(Compile).OnlyWhenDynamic(() => ShouldRun).Executes(() => Record(nameof(Dynamic)));

    public Target AfterDynamic => _ => _.DependsOn(Dynamic).Executes(() => Record(nameof(AfterDynamic)));
}
