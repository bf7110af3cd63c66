using System.Text;

namespace Slipway.Clients.GoReleaser;

/// <summary>
/// The build information a Go (1.18+) toolchain embeds in every binary, read straight from the file without running it,
/// so binaries for any OS/architecture can be checked (the data <c>go version -m</c> prints).
/// </summary>
/// <param name="GoVersion">Toolchain version, e.g. <c>go1.25.5</c>.</param>
/// <param name="Settings">Build settings (<c>build</c> lines): <c>-ldflags</c>, <c>-trimpath</c>, <c>CGO_ENABLED</c>, <c>GOOS</c>, <c>vcs.revision</c>...</param>
/// <param name="LinkerVariables">Variables set with <c>-X name=value</c> in <c>-ldflags</c>.</param>
public sealed record GoBuildInfo(string GoVersion, IReadOnlyDictionary<string, string> Settings, IReadOnlyDictionary<string, string> LinkerVariables)
{
    // 0xff is a raw byte, not the UTF-8 encoding of U+00FF.
    private static readonly byte[] Magic = [0xff, .. " Go buildinf:"u8];

    /// <summary>Reads the build information of a Go binary.</summary>
    /// <exception cref="GoReleaserDistException">The file is missing, is not a Go binary, or was built by a Go older than 1.18.</exception>
    public static GoBuildInfo Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GoReleaserDistException($"{path}: binary not found.");
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads build information from a binary's bytes; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="GoReleaserDistException">No Go 1.18+ build information is present.</exception>
    public static GoBuildInfo Parse(ReadOnlySpan<byte> binary, string sourceName)
    {
        var start = binary.IndexOf(Magic);
        const int HeaderSize = 32;
        const byte InlineStrings = 0x2;
        if (start < 0 || binary.Length < start + HeaderSize || (binary[start + 15] & InlineStrings) == 0)
        {
            throw new GoReleaserDistException($"{sourceName}: no Go 1.18+ build information found; is this a Go binary built with modules?");
        }

        var rest = binary[(start + HeaderSize)..];
        var goVersion = ReadString(ref rest, sourceName);
        var modInfo = ReadString(ref rest, sourceName);
        // The module information is framed by 16-byte sentinels.
        var text = modInfo.Length >= 33 ? modInfo[16..^16] : "";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("build\t", StringComparison.Ordinal))
            {
                continue;
            }

            var setting = line["build\t".Length..];
            var eq = setting.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                settings[setting[..eq]] = Unquote(setting[(eq + 1)..]);
            }
        }

        return new GoBuildInfo(goVersion, settings, ParseLinkerVariables(settings.GetValueOrDefault("-ldflags", "")));
    }

    /// <summary>The <c>-X name=value</c> assignments in an <c>-ldflags</c> string (both <c>-X a=b</c> and <c>-X=a=b</c>).</summary>
    public static IReadOnlyDictionary<string, string> ParseLinkerVariables(string ldflags)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = (ldflags ?? "").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            string? assignment = tokens[i] switch
            {
                "-X" or "--X" when i + 1 < tokens.Length => tokens[++i].Trim('\'', '"'),
                var t when t.StartsWith("-X=", StringComparison.Ordinal) => t[3..].Trim('\'', '"'),
                _ => null,
            };
            var eq = assignment?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            if (assignment is not null && eq > 0)
            {
                variables[assignment[..eq]] = assignment[(eq + 1)..];
            }
        }

        return variables;
    }

    private static string ReadString(ref ReadOnlySpan<byte> data, string sourceName)
    {
        ulong length = 0;
        var shift = 0;
        var i = 0;
        while (true)
        {
            if (i >= data.Length || shift > 35)
            {
                throw new GoReleaserDistException($"{sourceName}: truncated Go build information.");
            }

            var b = data[i++];
            length |= (ulong)(b & 0x7f) << shift;
            shift += 7;
            if (b < 0x80)
            {
                break;
            }
        }

        if ((ulong)(data.Length - i) < length)
        {
            throw new GoReleaserDistException($"{sourceName}: truncated Go build information.");
        }

        var value = Encoding.UTF8.GetString(data.Slice(i, (int)length));
        data = data[(i + (int)length)..];
        return value;
    }

    // Go quotes setting values that contain spaces or quotes (strconv.Quote).
    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1)
            {
                i++;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
