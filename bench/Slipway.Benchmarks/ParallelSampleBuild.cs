namespace Slipway.Benchmarks;

/// <summary>Three independent targets that each wait one second, under an aggregate.</summary>
internal sealed class ParallelSampleBuild : SlipwayBuild
{
    public Target First => _ => _.Executes(Sleep);

    public Target Second => _ => _.Executes(Sleep);

    public Target Third => _ => _.Executes(Sleep);

    public Target All => _ => _.DependsOn(First, Second, Third);

    private static Task Sleep(CancellationToken cancellationToken) => Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
}
