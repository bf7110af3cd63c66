namespace Slipway.Tests.TestBuilds;

/// <summary>A component with a target as a default interface member.</summary>
public interface IRestoreComponent : IRecordingBuild
{
    Target Restore => _ => _.Description("Restores (component default)").Executes(() => Ran.Enqueue("Restore:component"));
}

/// <summary>A component whose target depends on another component's target.</summary>
public interface ITestComponent : IRecordingBuild
{
    [Parameter("Test filter")]
    string? Filter => this.GetParameter(() => Filter);

    [Parameter("Retry count")]
    int Retries => this.GetParameter(() => Retries);

    Target UnitTest => _ => _
        .DependsOn<IRestoreComponent>(x => x.Restore)
        .Executes(() => Ran.Enqueue($"UnitTest:{Filter ?? "none"}:{Retries}"));
}

/// <summary>Composes both components and explicitly re-implements one of their targets.</summary>
public sealed class ComponentBuild : RecordingBuild, IRestoreComponent, ITestComponent
{
    public Target Ship => _ => _.DependsOn<ITestComponent>(x => x.UnitTest).Executes(() => Record(nameof(Ship)));

    Target IRestoreComponent.Restore => _ => _.Description("Restores (re-implemented)").Executes(() => Record("Restore:build"));
}

/// <summary>A build that composes components but not the one it references.</summary>
public sealed class MissingComponentBuild : RecordingBuild
{
    public Target Ship => _ => _.DependsOn<ITestComponent>(x => x.UnitTest).Executes(() => Record(nameof(Ship)));
}
