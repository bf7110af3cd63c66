using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Slipway.Benchmarks;

/// <summary>Renders rows as a markdown table with the machine they ran on.</summary>
internal static class ResultTable
{
    public static string Render(IEnumerable<BenchmarkRow> rows)
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var machine = string.Create(CultureInfo.InvariantCulture, $"nproc {Environment.ProcessorCount}, {memory:0.#} GiB, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
        var text = new StringBuilder()
            .AppendLine("| benchmark | baseline | baseline median | Slipway median | ratio | rounds | machine |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Benchmark} | {row.Baseline} | {Seconds(row.BaselineMedian)} | {Seconds(row.SlipwayMedian)} | {row.Ratio:0.000} | {row.Rounds} | {machine} |");
        }

        return text.ToString();
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture);
}
