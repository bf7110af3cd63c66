using System.Diagnostics;
using System.Text;
using Slipway.Components.CiImage;
using Xunit;

namespace Slipway.Components.Tests.CiImage;

public sealed class CiImageTagTests
{
    private static readonly byte[] Dockerfile = "ARG BASE\nFROM ${BASE}\n"u8.ToArray();
    private static readonly byte[] Mise = "[tools]\ngo = \"1.25.5\"\n"u8.ToArray();
    private static readonly Dictionary<string, string> Args = new(StringComparer.Ordinal) { ["ZED"] = "1", ["BASE"] = "img:1" };

    [Fact]
    public void Hashes_the_documented_byte_layout()
    {
        var expected = "slipway-ci-image-tag 1\n"
            + "dockerfile 22\nARG BASE\nFROM ${BASE}\n\n"
            + "mise-config 22\n[tools]\ngo = \"1.25.5\"\n\n"
            + "build-arg 10\nBASE=img:1\n"
            + "build-arg 5\nZED=1\n"
            + "target 2\nci\n";

        Assert.Equal(expected, Encoding.UTF8.GetString(CiImageTag.Preimage(Dockerfile, Mise, Args, "ci")));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("preimage"), expected);
        var sum = Run("sha256sum", dir.Combine("preimage"));
        Assert.Equal("ci-" + sum[..12], CiImageTag.Compute(Dockerfile, Mise, Args, "ci"));
    }

    [Fact]
    public void Every_input_changes_the_tag_and_argument_order_does_not()
    {
        var baseline = CiImageTag.Compute(Dockerfile, Mise, Args, null);
        var reordered = new Dictionary<string, string>(StringComparer.Ordinal) { ["BASE"] = "img:1", ["ZED"] = "1" };

        Assert.Matches("^ci-[0-9a-f]{12}$", baseline);
        Assert.Equal(baseline, CiImageTag.Compute(Dockerfile, Mise, reordered, null));
        string[] variants =
        [
            CiImageTag.Compute("ARG BASE\nFROM ${BASE} \n"u8, Mise, Args, null),
            CiImageTag.Compute(Dockerfile, "[tools]\ngo = \"1.25.6\"\n"u8.ToArray(), Args, null),
            CiImageTag.Compute(Dockerfile, null, Args, null),
            CiImageTag.Compute(Dockerfile, [], Args, null),
            CiImageTag.Compute(Dockerfile, Mise, new Dictionary<string, string>(Args) { ["ZED"] = "2" }, null),
            CiImageTag.Compute(Dockerfile, Mise, new Dictionary<string, string>(StringComparer.Ordinal), null),
            CiImageTag.Compute(Dockerfile, Mise, Args, "ci"),
        ];
        Assert.Equal(variants.Length + 1, variants.Append(baseline).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("team-" + baseline[3..], CiImageTag.Compute(Dockerfile, Mise, Args, null, "team-"));
        Assert.Throws<ArgumentException>(() => CiImageTag.Compute(Dockerfile, Mise, Args, null, "bad prefix/"));
    }

    [Fact]
    public void Reads_the_files_from_the_root()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Write("ci/Dockerfile", ""), Dockerfile);
        Assert.Equal(CiImageTag.Compute(Dockerfile, null, Args, null), CiImageTag.ComputeFromFiles(dir.Path, "ci/Dockerfile", Args, null));
        File.WriteAllBytes(dir.Write(".mise/config.toml", ""), Mise);
        Assert.Equal(CiImageTag.Compute(Dockerfile, Mise, Args, null), CiImageTag.ComputeFromFiles(dir.Path, "ci/Dockerfile", Args, null));
        var missing = Assert.Throws<FileNotFoundException>(() => CiImageTag.ComputeFromFiles(dir.Path, "Dockerfile.ci", Args, null));
        Assert.Contains("'Dockerfile.ci' does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("400MB", 400_000_000L)]
    [InlineData("400 mb", 400_000_000L)]
    [InlineData("1.5GiB", 1_610_612_736L)]
    [InlineData("10KB", 10_000L)]
    [InlineData("2k", 2_000L)]
    [InlineData("512", 512L)]
    [InlineData("512B", 512L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    public void Parses_sizes_with_units(string text, long bytes) => Assert.Equal(bytes, ByteSize.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-5MB")]
    [InlineData("4OO MB")]
    [InlineData("12 parsecs")]
    public void Rejects_malformed_sizes(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ByteSize.Parse(text));
        Assert.Contains("e.g. 400MB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_sizes_like_docker() =>
        Assert.Equal(["512 B", "1.23 MB", "400 MB", "2.5 GB"], new[] { 512L, 1_234_567L, 400_000_000L, 2_500_000_000L }.Select(ByteSize.Format));

    [Fact]
    public void Splits_smoke_commands_with_quotes_and_escapes()
    {
        var commands = SmokeCommands.Parse("go version;  goreleaser --version ; sh -c 'echo a; exit 1' ; printf \"%s\\n\" x\\ y;;");

        Assert.Equal(
            [["go", "version"], ["goreleaser", "--version"], ["sh", "-c", "echo a; exit 1"], ["printf", "%s\\n", "x y"]],
            commands.Select(c => c.ToArray()).ToArray());
        Assert.Equal("sh -c 'echo a; exit 1'", SmokeCommands.Format(commands[2]));
        Assert.Equal(4, SmokeCommands.Parse(SmokeCommands.Default).Count);
        Assert.Throws<FormatException>(() => SmokeCommands.Parse("sh -c 'unclosed"));
        Assert.Throws<FormatException>(() => SmokeCommands.Parse("trailing\\"));
    }

    [Theory]
    [InlineData("127.0.0.1:5000/Team/CI", "repository component 'Team'")]
    [InlineData("team/ci", "does not name a registry host")]
    [InlineData("127.0.0.1:5000/team/ci:v1", "carries a tag or digest")]
    [InlineData("127.0.0.1:5000/", "repository path is empty")]
    public void Rejects_malformed_image_names(string value, string why)
    {
        var ex = Assert.Throws<FormatException>(() => CiImageSettings.ParseImage(value));
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("--ci-image", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_build_args_and_the_serialization_group()
    {
        Assert.Equal("a=b", CiImageSettings.ParseBuildArgs(["BASE=a=b"])["BASE"]);
        Assert.Contains("not KEY=VALUE", Assert.Throws<FormatException>(() => CiImageSettings.ParseBuildArgs(["BASE"])).Message, StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<FormatException>(() => CiImageSettings.ParseBuildArgs(["A=1", "A=2"])).Message, StringComparison.Ordinal);
        Assert.Equal("ci-image-127.0.0.1-5000-team-ci", ICiImage.SerializationGroup("127.0.0.1:5000/team/ci"));
    }

    private static string Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
