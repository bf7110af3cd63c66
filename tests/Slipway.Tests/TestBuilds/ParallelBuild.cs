namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Left and Right are independent; each announces it started, then waits (bounded) for the other. Both succeed
/// only when they were running at the same time. Join depends on both. Tracks the highest concurrency seen.
/// </summary>
public sealed class ParallelBuild : RecordingBuild
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _leftStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _rightStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _waitForEachOther;
    private int _running;
    private int _maxRunning;

    public ParallelBuild(bool waitForEachOther) => _waitForEachOther = waitForEachOther;

    public int MaxConcurrency => Volatile.Read(ref _maxRunning);

    public Target Left => _ => _.Executes(() => Work(nameof(Left), _leftStarted, _rightStarted));

    public Target Right => _ => _.Executes(() => Work(nameof(Right), _rightStarted, _leftStarted));

    public Target Third => _ => _.Executes(() => Work(nameof(Third), null, null));

    public Target Join => _ => _.DependsOn(Left, Right, Third).Executes(() => Record(nameof(Join)));

    private async Task Work(string name, TaskCompletionSource? mine, TaskCompletionSource? other)
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while ((seen = Volatile.Read(ref _maxRunning)) < now && Interlocked.CompareExchange(ref _maxRunning, now, seen) != seen)
        {
        }

        try
        {
            mine?.TrySetResult();
            if (_waitForEachOther && other is not null)
            {
                await other.Task.WaitAsync(Patience); // Throws TimeoutException when the other never started meanwhile.
            }
            else
            {
                await Task.Yield();
            }

            Record(name);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
