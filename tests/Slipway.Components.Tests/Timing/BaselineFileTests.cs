using Slipway.Components.Timing;
using Xunit;

namespace Slipway.Components.Tests.Timing;

public sealed class BaselineFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("slipway-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Written_file_is_byte_stable_sorted_LF_and_reads_back()
    {
        var baseline = BaselineBuilderTests.GitHubBaseline();
        var path = Path.Combine(_dir, ".nuke", "baseline.json");

        baseline.Write(path);
        var text = File.ReadAllText(path);
        var again = Baseline.Read(path);

        Assert.Equal(text, again.ToJson());
        Assert.Equal(text, BaselineBuilderTests.GitHubBaseline().ToJson());
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal([".nuke"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
        Assert.Equal(["baseline.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        Assert.True(text.IndexOf("\"capturedAt\"", StringComparison.Ordinal) < text.IndexOf("\"pipelines\"", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"pipelines\"", StringComparison.Ordinal) < text.IndexOf("\"schemaVersion\"", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"exactRunnerMinutes\"", StringComparison.Ordinal) < text.IndexOf("\"runnerMinutes\"", StringComparison.Ordinal));
        Assert.Contains("\"median\": 8.333,", text, StringComparison.Ordinal);
        Assert.Equal(121, again.Pipelines["ci.yml"].Jobs["Lint"].DurationSeconds!.Median);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, ", "not valid JSON (line 1")]
    [InlineData("[]", "not a timing baseline")]
    [InlineData("{ \"schemaVersion\": 2, \"pipelines\": {} }", "schema version 2 is not supported")]
    [InlineData("{ \"schemaVersion\": 1, \"capturedAt\": \"2026-05-07T00:00:00Z\", \"pipelines\": {} }", "source")]
    [InlineData("{ \"schemaVersion\": 1, \"capturedAt\": \"yesterday\", \"source\": null, \"pipelines\": {} }", "$.capturedAt")]
    public void Malformed_files_get_a_clear_error(string json, string expected)
    {
        var path = Path.Combine(_dir, "baseline.json");
        File.WriteAllText(path, json);

        var ex = Assert.Throws<InvalidDataException>(() => Baseline.Read(path));

        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Regenerate it with ./build.sh CaptureBaseline.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_numbers_are_named_by_their_place()
    {
        var json = BaselineBuilderTests.GitHubBaseline().ToJson().Replace("\"p90\": 195", "\"p90\": 19", StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidDataException>(() => Baseline.Parse(json, "baseline.json"));

        Assert.Equal("baseline.json: pipelines.ci.yml.jobs.Lint.durationSeconds: p90 19 is below the median 121. Regenerate it with ./build.sh CaptureBaseline.", ex.Message);
    }

    [Fact]
    public void A_missing_file_says_how_to_capture_one_and_ReadIfExists_gives_null()
    {
        var path = Path.Combine(_dir, "none.json");

        var ex = Assert.Throws<FileNotFoundException>(() => Baseline.Read(path));

        Assert.Contains("./build.sh CaptureBaseline", ex.Message, StringComparison.Ordinal);
        Assert.Null(Baseline.ReadIfExists(path));
    }
}
