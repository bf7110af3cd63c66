using System.Diagnostics;

namespace Slipway.Benchmarks;

/// <summary>Timing helpers: medians of repeated runs and processes that must succeed.</summary>
internal static class Measure
{
    /// <summary>The median of <paramref name="rounds"/> timed calls of <paramref name="action"/>.</summary>
    public static async Task<TimeSpan> MedianAsync(int rounds, Func<Task> action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            times.Add(await TimeAsync(action));
        }

        return Median(times);
    }

    /// <summary>How long one call of <paramref name="action"/> takes.</summary>
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    /// <summary>The median of <paramref name="times"/>.</summary>
    public static TimeSpan Median(List<TimeSpan> times) => TimeSpan.FromTicks(Median(times.Select(t => t.Ticks)));

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count); 0 when empty.</summary>
    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Runs a process to completion, output discarded; throws when it fails.</summary>
    public static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output;
    }
}
