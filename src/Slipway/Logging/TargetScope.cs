namespace Slipway.Logging;

/// <summary>The target whose code is running on the current async flow, so output can be attributed to it.</summary>
public static class TargetScope
{
    private static readonly AsyncLocal<string?> CurrentTarget = new();

    /// <summary>The running target's name; null outside targets.</summary>
    public static string? Current
    {
        get => CurrentTarget.Value;
        internal set => CurrentTarget.Value = value;
    }
}
