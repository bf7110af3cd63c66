namespace Slipway.Pipelines.Model;

/// <summary>How a job uses a GitLab cache.</summary>
public enum CachePolicy
{
    /// <summary>Restore only; the job never uploads the cache (most jobs).</summary>
    Pull,

    /// <summary>Restore and upload when the job succeeds (the one job that fills the cache).</summary>
    PullPush,
}
