using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Slipway.Clients.Tests.GoReleaser;

/// <summary>What <see cref="DistFixture"/> writes: a GoReleaser v2 release of sumcheck, as the documented formats describe it.</summary>
internal sealed record DistSpec
{
    public string Version { get; init; } = "1.2.3";
    public string Commit { get; init; } = "0123456789abcdef0123456789abcdef01234567";
    public IReadOnlyList<(string Goos, string Goarch)> Platforms { get; init; } =
        [("linux", "amd64"), ("linux", "arm64"), ("darwin", "amd64"), ("darwin", "arm64"), ("windows", "amd64"), ("windows", "arm64")];

    /// <summary>Extra bytes mixed into one platform's binary (a "changed binary").</summary>
    public (string Goos, string Goarch, string Salt)? ChangedBinary { get; init; }

    public string Ldflags { get; init; } = "-s -w -X main.version={version} -X main.commit={commit} -X main.date=2026-11-01T10:00:00Z";
    public string ChecksumsName { get; init; } = "sumcheck_{version}_checksums.txt";
    public string? WindowsFormat { get; init; } = "zip";

    /// <summary>Like GoReleaser's -trimpath builds: Go then leaves -ldflags out of the build information.</summary>
    public bool TrimPath { get; init; } = true;
}

/// <summary>
/// Writes a dist/ tree in GoReleaser's documented formats (artifacts.json, metadata.json, checksums file, archives).
/// The binaries are TEST DOUBLES of Go binaries: a few bytes plus a Go 1.18+ build-information block carrying the ldflags,
/// so the readers see what they would see in a real GoReleaser binary. Output is deterministic: same spec, same bytes.
/// </summary>
internal static class DistFixture
{
    private static readonly DateTimeOffset FixedTime = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    public static string Write(string projectDirectory, DistSpec spec)
    {
        var dist = Path.Combine(projectDirectory, "dist");
        Directory.CreateDirectory(dist);
        var artifacts = new List<object>();
        var checksums = new StringBuilder();
        foreach (var (goos, goarch) in spec.Platforms)
        {
            var amd64 = goarch == "amd64" ? "v1" : null;
            var target = goarch == "amd64" ? $"{goos}_{goarch}_v1" : goarch == "arm64" ? $"{goos}_{goarch}_v8.0" : $"{goos}_{goarch}";
            var ext = goos == "windows" ? ".exe" : "";
            var binaryName = "sumcheck" + ext;
            var binaryDir = $"sumcheck_{target}";
            var salt = spec.ChangedBinary is { } c && c.Goos == goos && c.Goarch == goarch ? c.Salt : "";
            var binaryBytes = FakeGoBinary(goos, goarch, Expand(spec.Ldflags, spec), salt, spec.TrimPath);
            Directory.CreateDirectory(Path.Combine(dist, binaryDir));
            File.WriteAllBytes(Path.Combine(dist, binaryDir, binaryName), binaryBytes);
            artifacts.Add(new Dictionary<string, object?>
            {
                ["name"] = binaryName,
                ["path"] = $"dist/{binaryDir}/{binaryName}",
                ["goos"] = goos,
                ["goarch"] = goarch,
                ["goamd64"] = amd64,
                ["target"] = target,
                ["internal_type"] = 4,
                ["type"] = "Binary",
                ["extra"] = new Dictionary<string, object?> { ["Binary"] = "sumcheck", ["Builder"] = "go", ["Ext"] = ext, ["ID"] = "sumcheck" },
            });

            var format = goos == "windows" && spec.WindowsFormat is not null ? spec.WindowsFormat : "tar.gz";
            var archiveName = $"sumcheck_{spec.Version}_{goos}_{goarch}.{format}";
            var archivePath = Path.Combine(dist, archiveName);
            File.WriteAllBytes(archivePath, format == "zip" ? Zip(binaryName, binaryBytes) : TarGz(binaryName, binaryBytes));
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archivePath)));
            checksums.Append(sha).Append("  ").Append(archiveName).Append('\n');
            artifacts.Add(new Dictionary<string, object?>
            {
                ["name"] = archiveName,
                ["path"] = $"dist/{archiveName}",
                ["goos"] = goos,
                ["goarch"] = goarch,
                ["goamd64"] = amd64,
                ["target"] = target,
                ["internal_type"] = 1,
                ["type"] = "Archive",
                ["extra"] = new Dictionary<string, object?>
                {
                    ["Binaries"] = new[] { binaryName },
                    ["Checksum"] = "sha256:" + sha,
                    ["Format"] = format,
                    ["ID"] = "sumcheck",
                    ["Replaces"] = null,
                    ["WrappedIn"] = "",
                },
            });
        }

        var checksumsName = Expand(spec.ChecksumsName, spec);
        File.WriteAllText(Path.Combine(dist, checksumsName), checksums.ToString());
        artifacts.Add(new Dictionary<string, object?>
        {
            ["name"] = checksumsName,
            ["path"] = $"dist/{checksumsName}",
            ["internal_type"] = 12,
            ["type"] = "Checksum",
            ["extra"] = new Dictionary<string, object?>(),
        });
        artifacts.Add(new Dictionary<string, object?> { ["name"] = "metadata.json", ["path"] = "dist/metadata.json", ["internal_type"] = 30, ["type"] = "Metadata" });
        File.WriteAllText(Path.Combine(dist, "artifacts.json"), JsonSerializer.Serialize(artifacts));
        File.WriteAllText(Path.Combine(dist, "metadata.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["project_name"] = "sumcheck",
            ["tag"] = "v" + spec.Version,
            ["previous_tag"] = "v1.2.2",
            ["version"] = spec.Version,
            ["commit"] = spec.Commit,
            ["date"] = "2026-11-22T05:41:07.123456789+01:00",
            ["runtime"] = new Dictionary<string, string> { ["goos"] = "linux", ["goarch"] = "amd64" },
        }));
        return dist;
    }

    /// <summary>Bytes laid out like a Go binary's build-information block (magic, 32-byte header, varint strings, sentinels).</summary>
    public static byte[] FakeGoBinary(string goos, string goarch, string ldflags, string salt = "", bool trimPath = true)
    {
        var modInfo = $"path\tgithub.com/slipway-build/slipway\nmod\tgithub.com/slipway-build/slipway\t(devel)\t\n" +
            (trimPath ? "build\t-trimpath=true\n" : $"build\t-ldflags=\"{ldflags}\"\n") +
            $"build\tCGO_ENABLED=0\nbuild\tGOARCH={goarch}\nbuild\tGOOS={goos}\n";
        var sentinel = new byte[16];
        using var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes($"TEST DOUBLE {goos}/{goarch} {salt}\n"));
        // The linker stores each -X value as string data, as a real binary does.
        foreach (var assignment in ldflags.Split(' ').Where(t => t.Contains('=', StringComparison.Ordinal)))
        {
            stream.Write(Encoding.UTF8.GetBytes(assignment[(assignment.IndexOf('=', StringComparison.Ordinal) + 1)..] + "\0"));
        }

        stream.Write(new byte[64 - (stream.Length % 16)]);
        var header = new byte[32];
        header[0] = 0xff;
        " Go buildinf:"u8.CopyTo(header.AsSpan(1));
        header[14] = 8;
        header[15] = 0x2;
        stream.Write(header);
        WriteVarString(stream, Encoding.UTF8.GetBytes("go1.25.5"));
        WriteVarString(stream, [.. sentinel, .. Encoding.UTF8.GetBytes(modInfo), .. sentinel]);
        return stream.ToArray();
    }

    private static void WriteVarString(Stream stream, byte[] value)
    {
        var length = (uint)value.Length;
        while (length >= 0x80)
        {
            stream.WriteByte((byte)(length | 0x80));
            length >>= 7;
        }

        stream.WriteByte((byte)length);
        stream.Write(value);
    }

    private static string Expand(string text, DistSpec spec) =>
        text.Replace("{version}", spec.Version, StringComparison.Ordinal).Replace("{commit}", spec.Commit, StringComparison.Ordinal);

    private static byte[] TarGz(string name, byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var entry = new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content), ModificationTime = FixedTime, Mode = (UnixFileMode)0b111_101_101 };
            tar.WriteEntry(entry);
        }

        return output.ToArray();
    }

    private static byte[] Zip(string name, byte[] content)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            using var stream = entry.Open();
            stream.Write(content);
        }

        return output.ToArray();
    }
}
