using Slipway.Components.Timing;
using Xunit;

namespace Slipway.Components.Tests.Timing;

public sealed class PercentilesTests
{
    [Fact]
    public void Nearest_rank_picks_observed_values()
    {
        double[] oneToTen = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

        Assert.Equal(5, Percentiles.Median(oneToTen));
        Assert.Equal(9, Percentiles.P90(oneToTen));
        Assert.Equal(2, Percentiles.Median([3, 1, 2]));
        Assert.Equal(3, Percentiles.P90([3, 1, 2]));
        Assert.Equal(1, Percentiles.Median([1, 100]));
        Assert.Equal(100, Percentiles.P90([1, 100]));
        Assert.Equal(7, Percentiles.P90([7]));
        Assert.Equal(1, Percentiles.NearestRank(oneToTen, 1));
        Assert.Equal(10, Percentiles.NearestRank(oneToTen, 100));
    }

    [Fact]
    public void No_values_or_a_bad_percentile_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Percentiles.Median([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 101));
    }
}
