namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>builds</c> entry, as written (defaults are applied by <see cref="ReleaseContractDeriver"/>, not here).</summary>
public sealed record BuildConfig : ConfigEntry
{
    /// <summary><c>id</c>; GoReleaser defaults it to the project name.</summary>
    public string? Id { get; init; }

    /// <summary><c>main</c>: the package to build, relative to <see cref="Dir"/>.</summary>
    public string? Main { get; init; }

    /// <summary><c>dir</c>: where <c>go build</c> runs (a module in a monorepo); null is the project directory.</summary>
    public string? Dir { get; init; }

    /// <summary><c>binary</c> (a template); GoReleaser defaults it to the project name.</summary>
    public string? Binary { get; init; }

    /// <summary><c>builder</c>; null is <c>go</c>.</summary>
    public string? Builder { get; init; }

    /// <summary><c>goos</c>.</summary>
    public IReadOnlyList<string> Goos { get; init; } = [];

    /// <summary><c>goarch</c>.</summary>
    public IReadOnlyList<string> Goarch { get; init; } = [];

    /// <summary><c>goarm</c>.</summary>
    public IReadOnlyList<string> Goarm { get; init; } = [];

    /// <summary><c>goamd64</c>.</summary>
    public IReadOnlyList<string> Goamd64 { get; init; } = [];

    /// <summary><c>goarm64</c>.</summary>
    public IReadOnlyList<string> Goarm64 { get; init; } = [];

    /// <summary><c>ignore</c>.</summary>
    public IReadOnlyList<BuildIgnore> Ignore { get; init; } = [];

    /// <summary><c>targets</c> (<c>linux_amd64_v1</c>, <c>go_first_class</c>...); when set, the goos/goarch matrix is not used.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary><c>flags</c>, e.g. <c>-trimpath</c>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary><c>ldflags</c> templates; empty means GoReleaser's default, which embeds <c>{{.Date}}</c>.</summary>
    public IReadOnlyList<string> Ldflags { get; init; } = [];

    /// <summary><c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>env</c>.</summary>
    public IReadOnlyList<string> Env { get; init; } = [];

    /// <summary><c>mod_timestamp</c>, e.g. <c>{{ .CommitTimestamp }}</c>.</summary>
    public string? ModTimestamp { get; init; }

    /// <summary><c>skip</c> (a template or boolean): true builds nothing.</summary>
    public string? Skip { get; init; }

    /// <summary><c>hooks.pre</c> and <c>hooks.post</c> commands.</summary>
    public IReadOnlyList<string> Hooks { get; init; } = [];

    /// <summary>True when <see cref="Skip"/> is literally true.</summary>
    public bool IsSkipped => ConfigNode.IsTrue(Skip);
}
