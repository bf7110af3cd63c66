namespace Slipway.Components.Timing;

/// <summary>
/// Percentiles by the nearest-rank definition: the p-th percentile of n sorted values is the value at rank
/// ceil(p/100 * n) (1-based), so it is always one of the observed values. The median is the 50th percentile by the
/// same rule: for an even count it is the lower of the two middle values, not their mean.
/// </summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percentile"/>-th percentile (0-100] of <paramref name="values"/> by nearest rank.</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double NearestRank(IEnumerable<double> values, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A percentile of no values is undefined.", nameof(values));
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>The nearest-rank median (the lower middle value for an even count).</summary>
    public static double Median(IEnumerable<double> values) => NearestRank(values, 50);

    /// <summary>The nearest-rank 90th percentile.</summary>
    public static double P90(IEnumerable<double> values) => NearestRank(values, 90);
}
