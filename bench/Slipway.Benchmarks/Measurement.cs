using System.Globalization;

namespace Slipway.Benchmarks;

/// <summary>Samples of one contender: durations and bytes per round.</summary>
internal sealed class Measurement(string name)
{
    public string Name { get; } = name;

    public List<TimeSpan> Times { get; } = [];

    public List<long> Bytes { get; } = [];

    public TimeSpan MedianTime => TimeSpan.FromTicks(Measure.Median(Times.Select(t => t.Ticks)));

    public long MedianBytes => Measure.Median(Bytes);

    public static string FormatTime(TimeSpan t) => t.TotalMilliseconds < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s");

    public static string FormatBytes(long b) => b switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:0.0} MiB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{b} B"),
    };
}
