using System.Diagnostics;
using Serilog;
using Slipway.Hosts;
using Slipway.Logging;
using Slipway.Planning;

namespace Slipway.Execution;

/// <summary>
/// Runs a plan: every target whose predecessors are done starts at once, up to <c>--max-parallel</c> at a time.
/// After a failure nothing new starts (unless the failed target proceeds after failure), running targets finish,
/// and assured targets still run. Cancellation stops scheduling and cancels running targets' token.
/// </summary>
public sealed class Executor
{
    private readonly int _maxParallel;
    private readonly TargetOutput _output;
    private readonly ILogger _log;
    private readonly IUpToDateCheck? _upToDate;

    /// <summary>Creates an executor.</summary>
    public Executor(int maxParallel, TargetOutput output, ILogger log, IUpToDateCheck? upToDate = null)
    {
        _maxParallel = Math.Max(1, maxParallel);
        _output = output;
        _log = log;
        _upToDate = upToDate;
    }

    /// <summary>Runs <paramref name="plan"/>.</summary>
    public async Task<RunResult> RunAsync(ExecutionPlan plan, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var results = new Dictionary<PlannedTarget, TargetResult>();
        var running = new Dictionary<Task<TargetResult>, PlannedTarget>();
        var pending = plan.Targets.ToList();
        var stopped = false;

        foreach (var skipped in pending.Where(t => t.SkipReason is not null).ToList())
        {
            results[skipped] = new TargetResult(skipped.Name, TargetStatus.Skipped, null, TimeSpan.Zero, skipped.SkipReason);
            pending.Remove(skipped);
        }

        while (pending.Count > 0 || running.Count > 0)
        {
            foreach (var target in pending.Where(t => t.Predecessors.All(results.ContainsKey)).ToList())
            {
                var blocked = target.Dependencies.FirstOrDefault(d => !results[d].AllowsDependents);
                var reason = cancellationToken.IsCancellationRequested ? "cancelled"
                    : target.Node.Definition.IsAssured ? null
                    : blocked is not null ? $"dependency {blocked.Name} {(results[blocked].Status == TargetStatus.NotRun ? "did not run" : results[blocked].Status.ToString().ToLowerInvariant())}"
                    : stopped ? "an earlier target failed"
                    : null;
                if (reason is not null)
                {
                    results[target] = new TargetResult(target.Name, TargetStatus.NotRun, null, TimeSpan.Zero, reason);
                    pending.Remove(target);
                }
                else if (running.Count < _maxParallel)
                {
                    running[Task.Run(() => RunTargetAsync(target, cancellationToken), CancellationToken.None)] = target;
                    pending.Remove(target);
                }
            }

            if (running.Count == 0)
            {
                continue; // Everything left was just resolved as not run; loop to resolve its dependents.
            }

            var finished = await Task.WhenAny(running.Keys);
            var done = running[finished];
            running.Remove(finished);
            var result = await finished;
            results[done] = result;
            if (result.Status == TargetStatus.Failed && !done.Node.Definition.ProceedsAfterFailure)
            {
                stopped = true;
            }
        }

        var ordered = plan.Targets.Select(t => results[t]).ToList();
        return new RunResult(ordered, started, watch.Elapsed, cancellationToken.IsCancellationRequested);
    }

    private async Task<TargetResult> RunTargetAsync(PlannedTarget target, CancellationToken cancellationToken)
    {
        var definition = target.Node.Definition;
        var falseCondition = definition.DynamicConditions.FirstOrDefault(c => !c.Evaluate());
        if (falseCondition is not null)
        {
            return new TargetResult(target.Name, TargetStatus.Skipped, null, TimeSpan.Zero, $"condition false: {falseCondition.Text}");
        }

        if (target.Node.IsCollective)
        {
            return new TargetResult(target.Name, TargetStatus.Collective, null, TimeSpan.Zero, null);
        }

        if (_upToDate?.Check(target.Node) is { } upToDate)
        {
            _log.Information("{Target} is up to date: {Reason}", target.Name, upToDate);
            return new TargetResult(target.Name, TargetStatus.UpToDate, null, TimeSpan.Zero, upToDate);
        }

        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        TargetScope.Current = target.Name;
        _output.BeginTarget(target.Name);
        try
        {
            foreach (var action in definition.Actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await action(cancellationToken);
            }

            _upToDate?.RecordSuccess(target.Node);
            return new TargetResult(target.Name, TargetStatus.Succeeded, started, watch.Elapsed, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.Error("{Target} was cancelled", target.Name);
            return new TargetResult(target.Name, TargetStatus.Failed, started, watch.Elapsed, "cancelled");
        }
        catch (Exception ex)
        {
            var message = Unwrap(ex).Message;
            _log.Error("{Target} failed: {Message}", target.Name, message);
            if (_log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
            {
                _log.Debug("{Exception}", ex.ToString());
            }

            _output.WriteAnnotation(AnnotationSeverity.Error, message, title: $"Target {target.Name} failed");
            return new TargetResult(target.Name, TargetStatus.Failed, started, watch.Elapsed, FirstLine(message));
        }
        finally
        {
            _output.EndTarget(target.Name);
            TargetScope.Current = null;
        }
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0])
        : ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? Unwrap(inner)
        : ex;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r');
}
