namespace Slipway.Components.Timing;

/// <summary>Median and 90th percentile (nearest rank, see <see cref="Percentiles"/>) of a set of samples.</summary>
/// <param name="Median">Nearest-rank median, rounded to 3 decimals.</param>
/// <param name="P90">Nearest-rank 90th percentile, rounded to 3 decimals.</param>
/// <param name="Samples">How many values it was computed from.</param>
public sealed record SampleStats(double Median, double P90, int Samples)
{
    /// <summary>The statistics of <paramref name="values"/>; null when there are none.</summary>
    public static SampleStats? From(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : new SampleStats(Round(Percentiles.Median(list)), Round(Percentiles.P90(list)), list.Count);
    }

    // Millisecond precision is plenty and keeps the committed file free of binary-fraction noise.
    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
