using System.Globalization;

namespace Slipway.Components.CiImage;

/// <summary>Sizes such as <c>400MB</c>, <c>1.5GiB</c> or <c>512</c> (bytes): decimal units (kB, MB, GB, TB, as docker prints them) and binary ones (KiB, MiB, GiB, TiB).</summary>
public static class ByteSize
{
    private static readonly (string Unit, double Factor)[] Units =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40),
        ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12),
        ("K", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("B", 1),
    ];

    /// <summary>Parses <paramref name="text"/> (units are case-insensitive; spaces allowed before the unit).</summary>
    /// <exception cref="FormatException">Not a non-negative number with a known unit.</exception>
    public static long Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var (unit, factor) = Units.FirstOrDefault(u => value.EndsWith(u.Unit, StringComparison.OrdinalIgnoreCase));
        var number = unit is null ? value : value[..^unit.Length].TrimEnd();
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || double.IsInfinity(amount * (unit is null ? 1 : factor)))
        {
            throw new FormatException($"'{text}' is not a size: expected a number with an optional unit, e.g. 400MB, 1.5GiB or 250000 (bytes).");
        }

        return (long)Math.Round(amount * (unit is null ? 1 : factor));
    }

    /// <summary>A short decimal rendering, e.g. <c>12.3 MB</c> (matching <c>docker images</c>).</summary>
    public static string Format(long bytes)
    {
        string[] names = ["B", "kB", "MB", "GB", "TB"];
        var value = (double)bytes;
        var index = 0;
        while (value >= 1000 && index < names.Length - 1)
        {
            value /= 1000;
            index++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {names[index]}");
    }
}
