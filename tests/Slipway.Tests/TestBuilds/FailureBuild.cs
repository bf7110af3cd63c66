namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Fail throws once Slow is running; Slow finishes after Fail has thrown. Dependent needs Fail, Later needs Slow,
/// and Cleanup (assured) needs Slow.
/// </summary>
public sealed class FailureBuild : RecordingBuild
{
    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _failing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public Target Fail => _ => _
        .Executes(async () =>
        {
            await _slowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            _failing.SetResult();
            throw new InvalidOperationException("disk full\nsecond line with detail");
        });

    public Target Slow => _ => _.Executes(async () =>
    {
        _slowStarted.SetResult();
        await _failing.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Gives the executor time to record Fail before Slow completes; only ordering depends on it, no assertion.
        await Task.Delay(300);
        Record(nameof(Slow));
    });

    public Target Dependent => _ => _.DependsOn(Fail).Executes(() => Record(nameof(Dependent)));

    public Target Later => _ => _.DependsOn(Slow).Executes(() => Record(nameof(Later)));

    public Target Cleanup => _ => _.DependsOn(Slow).AssuredAfterFailure().Executes(() => Record(nameof(Cleanup)));

    public Target Everything => _ => _.DependsOn(Dependent, Later, Cleanup);
}

/// <summary>Broken fails at once; with ProceedAfterFailure the independent Other still runs.</summary>
public sealed class ProceedBuild : RecordingBuild
{
    private readonly bool _proceed;

    public ProceedBuild(bool proceed) => _proceed = proceed;

    public Target Broken => _ => (_proceed ? _.ProceedAfterFailure() : _).Executes(() => throw new InvalidOperationException("broken"));

    public Target NeedsBroken => _ => _.DependsOn(Broken).Executes(() => Record(nameof(NeedsBroken)));

    public Target Other => _ => _.After(Broken).Executes(() => Record(nameof(Other)));
}
