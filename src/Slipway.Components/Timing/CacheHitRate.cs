using System.Globalization;

namespace Slipway.Components.Timing;

/// <summary>How often one cache of a job restored something, over the runs a baseline read.</summary>
/// <param name="Runs">Runs whose timings named the cache.</param>
/// <param name="Hits">Runs that restored the exact key (or, where the CI system does not say which key, anything).</param>
/// <param name="Partial">Runs that restored a fallback or restore key.</param>
public sealed record CacheHitRate(int Runs, int Hits, int Partial)
{
    /// <summary><c>87% hit</c>, with the partial share when there was one: <c>60% hit, 30% partial</c>.</summary>
    public override string ToString()
    {
        string Percent(int count) => (Runs == 0 ? 0 : Math.Round(100.0 * count / Runs)).ToString("0", CultureInfo.InvariantCulture) + "%";
        return Partial == 0 ? $"{Percent(Hits)} hit" : $"{Percent(Hits)} hit, {Percent(Partial)} partial";
    }
}
