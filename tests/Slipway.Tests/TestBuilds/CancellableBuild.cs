namespace Slipway.Tests.TestBuilds;

/// <summary>Wait runs until cancelled; Next depends on it. Also sync and async variants that succeed.</summary>
public sealed class CancellableBuild : RecordingBuild
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Target Wait => _ => _.Executes(async cancellationToken =>
    {
        Started.SetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    });

    public Target Next => _ => _.DependsOn(Wait).Executes(() => Record(nameof(Next)));

    public Target Sync => _ => _.Executes(() => Record(nameof(Sync)));

    public Target Async => _ => _.Executes(async () =>
    {
        await Task.Yield();
        Record(nameof(Async));
    });

    public Target Both => _ => _.DependsOn(Sync).Executes(() => Record("Both:1")).Executes(async () =>
    {
        await Task.Yield();
        Record("Both:2");
    });

    public Target Group => _ => _.DependsOn(Sync, Async);
}
