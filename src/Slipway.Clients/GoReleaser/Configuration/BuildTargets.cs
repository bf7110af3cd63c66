namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// The platforms one build produces, as GoReleaser v2 computes them (internal/builders/golang): <c>targets</c> when set,
/// else goos × goarch × the variant lists, GoReleaser's defaults for empty lists, combinations Go cannot build dropped,
/// then <c>ignore</c> applied.
/// </summary>
public static class BuildTargets
{
    /// <summary>GoReleaser's default <c>goos</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultGoos = ["linux", "darwin", "windows"];

    /// <summary>GoReleaser's default <c>goarch</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultGoarch = ["amd64", "arm64", "386"];

    // `go tool dist list` as GoReleaser v2 lists it (validTargets + experimental), goos+goarch concatenated.
    private static readonly HashSet<string> Valid = new(StringComparer.Ordinal)
    {
        "aixppc64", "android386", "androidamd64", "androidarm", "androidarm64", "darwinamd64", "darwinarm64", "dragonflyamd64", "freebsd386",
        "freebsdamd64", "freebsdarm", "freebsdarm64", "illumosamd64", "iosarm64", "jswasm", "wasip1wasm", "linux386", "linuxamd64", "linuxarm",
        "linuxarm64", "linuxppc64", "linuxppc64le", "linuxmips", "linuxmipsle", "linuxmips64", "linuxmips64le", "linuxs390x", "linuxriscv64",
        "linuxloong64", "netbsd386", "netbsdamd64", "netbsdarm", "netbsdarm64", "openbsd386", "openbsdamd64", "openbsdarm", "openbsdarm64",
        "plan9386", "plan9amd64", "plan9arm", "solarisamd64", "solarissparc", "solarissparc64", "windowsarm64", "windows386", "windowsamd64",
        "openbsdriscv64",
    };

    // go tool dist list's first-class ports, for targets: [go_first_class].
    private static readonly string[] FirstClass = ["darwin_amd64", "darwin_arm64", "linux_386", "linux_amd64", "linux_arm", "linux_arm64", "windows_386", "windows_amd64"];

    /// <summary>The platforms of <paramref name="build"/>, in GoReleaser's order (goos outer, goarch inner), each once.</summary>
    public static IReadOnlyList<ReleasePlatform> For(BuildConfig build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Targets.Count > 0)
        {
            return [.. build.Targets.SelectMany(t => t is "go_first_class" or "go_118_first_class" ? FirstClass : [t]).Select(Parse).Distinct().Order(Comparer<ReleasePlatform>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key)))];
        }

        var goos = build.Goos.Count > 0 ? build.Goos : DefaultGoos;
        var goarch = build.Goarch.Count > 0 ? build.Goarch : DefaultGoarch;
        var goarm = build.Goarm.Count > 0 ? build.Goarm : ["6"];
        var goamd64 = build.Goamd64.Count > 0 ? build.Goamd64 : ["v1"];
        var goarm64 = build.Goarm64.Count > 0 ? build.Goarm64 : ["v8.0"];
        var platforms = new List<(ReleasePlatform Platform, string? Arm64)>();
        foreach (var os in goos)
        {
            foreach (var arch in goarch.Where(a => Valid.Contains(os + a)))
            {
                platforms.AddRange(arch switch
                {
                    "arm" => goarm.Select(v => (new ReleasePlatform(os, arch) { Goarm = v.Split(',')[0] }, (string?)null)),
                    "amd64" => goamd64.Select(v => (new ReleasePlatform(os, arch) { Goamd64 = string.Equals(v, "v1", StringComparison.Ordinal) ? null : v }, (string?)null)),
                    "arm64" => goarm64.Select(v => (new ReleasePlatform(os, arch), (string?)v)),
                    _ => [(new ReleasePlatform(os, arch), null)],
                });
            }
        }

        return [.. platforms.Where(p => !build.Ignore.Any(i => Ignores(i, p.Platform, p.Arm64))).Select(p => p.Platform).Distinct()];
    }

    private static bool Ignores(BuildIgnore ignore, ReleasePlatform platform, string? goarm64) =>
        (ignore.Goos is null || string.Equals(ignore.Goos, platform.Goos, StringComparison.Ordinal))
        && (ignore.Goarch is null || string.Equals(ignore.Goarch, platform.Goarch, StringComparison.Ordinal))
        && (ignore.Goarm is null || string.Equals(ignore.Goarm, platform.Goarm, StringComparison.Ordinal))
        && (ignore.Goamd64 is null || string.Equals(ignore.Goamd64, platform.Goamd64 ?? (platform.Goarch is "amd64" ? "v1" : null), StringComparison.Ordinal))
        && (ignore.Goarm64 is null || string.Equals(ignore.Goarm64, goarm64, StringComparison.Ordinal));

    private static ReleasePlatform Parse(string target)
    {
        var parts = target.Split('_');
        if (parts.Length < 2)
        {
            throw new GoReleaserConfigException($"builds[].targets: '{target}' is not a target (expected goos_goarch, e.g. linux_amd64).");
        }

        var extra = parts.Length > 2 ? parts[2] : null;
        return parts[1] switch
        {
            "arm" => new ReleasePlatform(parts[0], parts[1]) { Goarm = (extra ?? "6").Split(',')[0] },
            "amd64" => new ReleasePlatform(parts[0], parts[1]) { Goamd64 = extra is null or "v1" ? null : extra },
            _ => new ReleasePlatform(parts[0], parts[1]),
        };
    }
}
