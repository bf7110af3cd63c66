using System.Globalization;
using System.Security.Cryptography;

namespace Slipway.Clients.GoReleaser;

/// <summary>A checksums file as GoReleaser and sha256sum write it: <c>&lt;hex&gt;  &lt;name&gt;</c> lines.</summary>
/// <param name="Entries">The lines in file order.</param>
public sealed record ChecksumsFile(IReadOnlyList<ChecksumEntry> Entries)
{
    /// <summary>Reads and parses a checksums file.</summary>
    /// <exception cref="GoReleaserDistException">The file is missing or a line does not parse.</exception>
    public static ChecksumsFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GoReleaserDistException($"{path}: checksums file not found. Enable GoReleaser's checksum section or run a full (not single-target) build.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses checksums text; <paramref name="sourceName"/> names the source in errors. A <c>*</c> (binary mode) before the name is accepted.</summary>
    /// <exception cref="GoReleaserDistException">A line is not <c>&lt;hex&gt;  &lt;name&gt;</c>.</exception>
    public static ChecksumsFile Parse(string text, string sourceName = "checksums.txt")
    {
        var entries = new List<ChecksumEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var ok = space > 0 && line.Length > space + 2 && (line[space + 1] == ' ' || line[space + 1] == '*') && IsHex(line.AsSpan(0, space));
            if (!ok)
            {
                throw new GoReleaserDistException(
                    $"{sourceName}:{(i + 1).ToString(CultureInfo.InvariantCulture)}: expected \"<hex digest>  <file name>\" (two spaces), got \"{line}\".");
            }

            entries.Add(new ChecksumEntry(line[..space].ToLowerInvariant(), line[(space + 2)..]));
        }

        return new ChecksumsFile(entries);
    }

    /// <summary>The algorithm the digest length implies (<c>sha256</c>, <c>sha512</c>, <c>sha1</c>, <c>md5</c>), or null for mixed or unknown lengths.</summary>
    public string? ImpliedAlgorithm
    {
        get
        {
            var lengths = Entries.Select(e => e.Hex.Length).Distinct().ToList();
            return lengths.Count != 1 ? null : lengths[0] switch
            {
                64 => "sha256",
                128 => "sha512",
                40 => "sha1",
                32 => "md5",
                _ => null,
            };
        }
    }

    /// <summary>The digest listed for a file name, or null.</summary>
    public string? Find(string fileName) => Entries.FirstOrDefault(e => string.Equals(e.FileName, fileName, StringComparison.Ordinal))?.Hex;

    /// <summary>Hashes every listed file in <paramref name="directory"/> (SHA-256) and reports mismatches and missing files.</summary>
    public IReadOnlyList<ReleaseDifference> Verify(string directory)
    {
        var differences = new List<ReleaseDifference>();
        foreach (var entry in Entries)
        {
            var path = System.IO.Path.Combine(directory, entry.FileName);
            if (!File.Exists(path))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.MissingFile, entry.FileName, entry.Hex, null));
                continue;
            }

            var actual = Sha256OfFile(path);
            if (!string.Equals(actual, entry.Hex, StringComparison.Ordinal))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ChecksumMismatch, entry.FileName, entry.Hex, actual));
            }
        }

        return differences;
    }

    /// <summary>Lowercase hex SHA-256 of a file.</summary>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return text.Length >= 32;
    }
}
