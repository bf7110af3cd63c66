namespace Slipway.Tests.TestBuilds;

/// <summary>A waits for B (A.After(B)), B for C (C.Before(B)), C for A (A.Triggers(C)): a cycle with no DependsOn in it.</summary>
public sealed class OrderingCycleBuild : RecordingBuild
{
    public Target A => _ => _.After(B).Triggers(C).Executes(() => Record(nameof(A)));

    public Target B => _ => _.Executes(() => Record(nameof(B)));

    public Target C => _ => _.Before(B).Executes(() => Record(nameof(C)));
}

/// <summary>A depends on B, B is triggered by C, and A is declared a dependency of C: a cycle through the reversed forms.</summary>
public sealed class ReversedCycleBuild : RecordingBuild
{
    public Target A => _ => _.DependsOn(B).DependentFor(C).Executes(() => Record(nameof(A)));

    public Target B => _ => _.TriggeredBy(C).Executes(() => Record(nameof(B)));

    public Target C => _ => _.Executes(() => Record(nameof(C)));
}

/// <summary>Ping and Pong each run after the other (an ordering cycle only when both are planned); Loop and Back trigger each other.</summary>
public sealed class MutualBuild : RecordingBuild
{
    public Target Ping => _ => _.After(Pong).Executes(() => Record(nameof(Ping)));

    public Target Pong => _ => _.After(Ping).Executes(() => Record(nameof(Pong)));

    public Target Loop => _ => _.Triggers(Back).Executes(() => Record(nameof(Loop)));

    public Target Back => _ => _.Triggers(Loop).Executes(() => Record(nameof(Back)));
}
