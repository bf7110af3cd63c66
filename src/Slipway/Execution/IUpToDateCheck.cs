using Slipway.Graph;

namespace Slipway.Execution;

/// <summary>Decides whether a target with declared inputs can be skipped, and remembers successful runs.</summary>
public interface IUpToDateCheck
{
    /// <summary>A reason (shown to the user) when <paramref name="target"/> is up to date; null when it must run.</summary>
    string? Check(TargetNode target);

    /// <summary>Records that <paramref name="target"/> just succeeded with its current inputs.</summary>
    void RecordSuccess(TargetNode target);
}
