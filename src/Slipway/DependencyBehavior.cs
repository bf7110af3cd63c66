namespace Slipway;

/// <summary>What happens to a target's dependencies when the target itself is skipped by a static condition.</summary>
public enum DependencyBehavior
{
    /// <summary>Dependencies still run (the default, as in NUKE).</summary>
    Execute,

    /// <summary>Dependencies that no other running target needs are skipped too.</summary>
    Skip,
}
