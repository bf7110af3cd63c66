using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Components.Go;

/// <summary>
/// A Go release as go.mod, mise and <c>go version</c> write it: <c>1.19</c>, <c>1.21.0</c>, <c>1.22rc1</c>, <c>go1.22.3</c>.
/// A missing patch counts as <c>.0</c>, and a beta or release candidate comes before its release.
/// </summary>
public sealed partial record GoVersion(int Major, int Minor, int Patch, string? Prerelease)
{
    /// <summary>Reads a version, with or without the <c>go</c> prefix and mise's <c>prefix:</c>; null for what is not one (<c>latest</c>, <c>devel</c>, <c>ref:...</c>).</summary>
    public static GoVersion? TryParse(string? text)
    {
        var match = Pattern().Match((text ?? "").Trim());
        if (!match.Success)
        {
            return null;
        }

        int Number(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        return new GoVersion(Number("major"), Number("minor"), Number("patch"), match.Groups["pre"].Success ? match.Groups["pre"].Value : null);
    }

    /// <summary>True when this version comes before <paramref name="other"/>.</summary>
    public bool IsOlderThan(GoVersion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Compare(other) < 0;
    }

    private int Compare(GoVersion other)
    {
        var release = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        return release != 0 ? release
            : (Prerelease, other.Prerelease) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                // beta < rc, then by number: "beta2" < "rc1" < "rc2" (Go has never had ten of either).
                _ => string.CompareOrdinal(Prerelease, other.Prerelease),
            };
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}{Prerelease}");

    [GeneratedRegex(@"^(?:prefix:)?(?:go)?(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?<pre>(?:beta|rc)\d+)?(?:$|[\s.+-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
