using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>
/// What a release must contain: platforms, archive names and formats, binary names, the checksums file, the variables
/// injected with <c>-ldflags -X</c>, and the images and manifests pushed. Derived from the GoReleaser configuration by
/// <see cref="Configuration.ReleaseContractDeriver"/>, or frozen in a committed <c>release-contract.json</c>
/// (<c>CaptureReleaseContract</c>); the schema is in docs/release-contract.md.
/// </summary>
public sealed record ReleaseContract
{
    /// <summary>Placeholder in <see cref="LinkerVariables"/> values: any non-empty value passes.</summary>
    public const string AnyValue = "*";

    /// <summary>GoReleaser project name.</summary>
    [JsonPropertyName("projectName")]
    public string ProjectName { get; init; } = "";

    /// <summary>Binary names (without <c>.exe</c>).</summary>
    [JsonPropertyName("binaries")]
    public IReadOnlyList<string> Binaries { get; init; } = [];

    /// <summary>Target platforms.</summary>
    [JsonPropertyName("platforms")]
    public IReadOnlyList<ReleasePlatform> Platforms { get; init; } = [];

    /// <summary>Archive names and formats.</summary>
    [JsonPropertyName("archive")]
    public ReleaseArchiveContract Archive { get; init; } = new();

    /// <summary>Checksums file.</summary>
    [JsonPropertyName("checksum")]
    public ReleaseChecksumContract Checksum { get; init; } = new();

    /// <summary>Linker variables and their expected values: <c>{version}</c>, <c>{commit}</c> (from metadata.json) or <c>*</c>.</summary>
    [JsonPropertyName("ldflags")]
    public IReadOnlyDictionary<string, string> LinkerVariables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Builds with their binaries and platforms, when there is more than one build; else null (every platform has every binary).</summary>
    [JsonPropertyName("builds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReleaseBuildContract>? Builds { get; init; }

    /// <summary>Further archives, when the configuration has more than one <c>archives</c> entry; else null.</summary>
    [JsonPropertyName("archives")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReleaseArchiveContract>? MoreArchives { get; init; }

    /// <summary>Images pushed; null when none.</summary>
    [JsonPropertyName("images")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReleaseImageContract>? Images { get; init; }

    /// <summary>Manifests pushed (<c>docker_manifests</c>); null when none.</summary>
    [JsonPropertyName("manifests")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReleaseManifestContract>? Manifests { get; init; }

    /// <summary>What could not be derived offline (a template using a value only known at release time), each with its configuration path; null when nothing.</summary>
    [JsonPropertyName("unresolved")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Unresolved { get; init; }

    /// <summary>Every archive: <see cref="Archive"/>, then <see cref="MoreArchives"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReleaseArchiveContract> AllArchives => [Archive, .. MoreArchives ?? []];

    /// <summary>Reads a committed release contract file.</summary>
    /// <exception cref="GoReleaserDistException">The file is missing, malformed or incomplete.</exception>
    public static ReleaseContract Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GoReleaserDistException(
                $"{path}: release contract not found. GoReleaser does not write one: derive it from the GoReleaser configuration (./build.sh ShowReleaseContract), "
                + "or freeze it with ./build.sh CaptureReleaseContract.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses release contract JSON; <paramref name="sourceName"/> names the source in errors.</summary>
    /// <exception cref="GoReleaserDistException">The JSON is malformed or a required field is empty.</exception>
    public static ReleaseContract Parse(string json, string sourceName = "release-contract.json")
    {
        var contract = GoReleaserJson.Deserialize<ReleaseContract>(json, sourceName);
        var missing = new (string Field, bool Empty)[]
        {
            ("projectName", string.IsNullOrEmpty(contract.ProjectName)),
            ("binaries", contract.Binaries.Count == 0),
            ("platforms", contract.Platforms.Count == 0),
            ("archive.namePattern", string.IsNullOrEmpty(contract.Archive.NamePattern)),
            ("archive.format", string.IsNullOrEmpty(contract.Archive.Format)),
            ("checksum.algorithm", string.IsNullOrEmpty(contract.Checksum.Algorithm)),
            ("checksum.namePattern", string.IsNullOrEmpty(contract.Checksum.NamePattern)),
        }.Where(f => f.Empty).Select(f => f.Field).ToList();
        if (missing.Count > 0)
        {
            throw new GoReleaserDistException($"{sourceName}: required field(s) missing or empty: {string.Join(", ", missing)}.");
        }

        return contract;
    }

    /// <summary>The archive name the contract expects for a version and platform (in its default format, of the first archive).</summary>
    public string ArchiveName(string version, ReleasePlatform platform) => ArchiveName(Archive, version, null, platform, Archive.FormatFor(platform?.Goos ?? ""));

    /// <summary>The name of <paramref name="archive"/>'s file in <paramref name="format"/> for a version, tag and platform.</summary>
    public string ArchiveName(ReleaseArchiveContract archive, string version, string? tag, ReleasePlatform platform, string format)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(platform);
        var pattern = archive.Names?.GetValueOrDefault(platform.Key) ?? archive.NamePattern;
        if (string.Equals(format, "binary", StringComparison.Ordinal))
        {
            // A "binary" archive is the binary itself, under the archive's name (GoReleaser adds .exe on Windows).
            pattern = pattern.Replace(".{format}", string.Equals(platform.Goos, "windows", StringComparison.Ordinal) ? ".exe" : "", StringComparison.Ordinal);
        }

        return Expand(pattern, version, tag).Replace("{goos}", platform.Goos, StringComparison.Ordinal)
            .Replace("{goarch}", platform.Goarch, StringComparison.Ordinal)
            .Replace("{format}", format, StringComparison.Ordinal);
    }

    /// <summary>The checksums file name the contract expects for a version.</summary>
    public string ChecksumsFileName(string version, string? tag = null) => Expand(Checksum.NamePattern, version, tag);

    /// <summary>The binaries built for <paramref name="platform"/>: every binary, or those of the builds that target it.</summary>
    public IReadOnlyList<string> BinariesFor(ReleasePlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return Builds is null ? Binaries
            : [.. Builds.Where(b => b.Platforms.Contains(platform.Key, StringComparer.Ordinal)).Select(b => b.Binary).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Checks a dist/ against the contract. Linker variables are checked per binary with the best evidence available:
    /// the <c>-ldflags</c> in the embedded build information (absent under <c>-trimpath</c>), else the output of
    /// <c>--version</c> for a binary the host can run, else the expected values' presence in the binary's bytes.
    /// Variables whose value is <c>*</c> are checked against <paramref name="goReleaserConfigPath"/>'s ldflags when given.
    /// </summary>
    /// <param name="dist">The dist/ to check.</param>
    /// <param name="goReleaserConfigPath">The GoReleaser configuration, to confirm every variable is injected; null to skip.</param>
    /// <param name="runHostBinaries">Whether binaries for the host platform may be run with <c>--version</c>.</param>
    public IReadOnlyList<ReleaseDifference> Check(DistDirectory dist, string? goReleaserConfigPath = null, bool runHostBinaries = true)
    {
        ArgumentNullException.ThrowIfNull(dist);
        var differences = new List<ReleaseDifference>();
        var metadata = dist.Metadata;
        if (!string.Equals(ProjectName, metadata.ProjectName, StringComparison.Ordinal))
        {
            differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ProjectName, MetadataFile.FileName, ProjectName, metadata.ProjectName));
        }

        var expectedPlatforms = Platforms.Select(p => p.ToString()).ToHashSet(StringComparer.Ordinal);
        var actualPlatforms = dist.Platforms;
        differences.AddRange(expectedPlatforms.Where(p => !actualPlatforms.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => new ReleaseDifference(ReleaseDifferenceKind.MissingPlatform, p, p, null)));
        differences.AddRange(actualPlatforms.Where(p => !expectedPlatforms.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => new ReleaseDifference(ReleaseDifferenceKind.ExtraPlatform, p, null, p)));

        foreach (var platform in Platforms.Where(p => actualPlatforms.Contains(p.ToString())))
        {
            CheckArchives(dist, platform, differences);
            CheckBinaries(dist, platform, runHostBinaries, differences);
        }

        if (goReleaserConfigPath is not null)
        {
            var config = GoReleaserJson.ReadFile(goReleaserConfigPath, "GoReleaser configuration");
            differences.AddRange(LinkerVariables.Keys.Order(StringComparer.Ordinal)
                .Where(v => !config.Contains("-X " + v + "=", StringComparison.Ordinal) && !config.Contains("-X=" + v + "=", StringComparison.Ordinal))
                .Select(v => new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, Path.GetFileName(goReleaserConfigPath) + " " + v, "-X " + v + "=...", null)));
        }

        CheckChecksums(dist, differences);
        return differences;
    }

    private string Expand(string pattern, string version, string? tag = null) =>
        pattern.Replace("{project}", ProjectName, StringComparison.Ordinal).Replace("{version}", version, StringComparison.Ordinal)
            .Replace("{tag}", tag ?? "v" + version, StringComparison.Ordinal);

    private void CheckArchives(DistDirectory dist, ReleasePlatform platform, List<ReleaseDifference> differences)
    {
        var subject = platform.ToString();
        var version = dist.Metadata.Version;
        var tag = string.IsNullOrEmpty(dist.Metadata.Tag) ? null : dist.Metadata.Tag;
        // Binary-format "archives" are uploaded binaries, not archives: the binary checks cover them.
        var expected = AllArchives
            .Where(a => a.Builds is null || Builds is null || Builds.Any(b => a.Builds.Contains(b.Id, StringComparer.Ordinal) && b.Platforms.Contains(platform.Key, StringComparer.Ordinal)))
            .SelectMany(a => a.FormatsFor(platform.Goos).Where(f => !string.Equals(f, "binary", StringComparison.Ordinal))
                .Select(f => (Archive: a, Name: ArchiveName(a, version, tag, platform, f), Format: f)))
            .ToList();
        var archives = dist.Archives.Where(platform.Matches).ToList();
        if (archives.Count == 0)
        {
            differences.AddRange(expected.Take(1).Select(e => new ReleaseDifference(ReleaseDifferenceKind.MissingArtifact, subject, e.Name, null)));
            return;
        }

        var unmatched = new List<(ReleaseArchiveContract Archive, string Name, string Format)>(expected);
        foreach (var archive in archives.OrderBy(a => expected.Exists(e => string.Equals(e.Name, a.Name, StringComparison.Ordinal)) ? 0 : 1))
        {
            var index = unmatched.FindIndex(e => string.Equals(e.Name, archive.Name, StringComparison.Ordinal));
            if (index < 0 && unmatched.Count == 0)
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ExtraArtifact, subject, null, archive.Name));
                continue;
            }

            var entry = unmatched[Math.Max(index, 0)];
            unmatched.RemoveAt(Math.Max(index, 0));
            if (index < 0)
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ArchiveName, subject, entry.Name, archive.Name));
            }

            if (!string.Equals(archive.Format, entry.Format, StringComparison.Ordinal))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ArchiveFormat, archive.Name, entry.Format, archive.Format));
            }

            var binaries = entry.Archive.Builds is null || Builds is null ? BinariesFor(platform)
                : [.. Builds.Where(b => entry.Archive.Builds.Contains(b.Id, StringComparer.Ordinal) && b.Platforms.Contains(platform.Key, StringComparer.Ordinal)).Select(b => b.Binary)];
            var inside = string.Join(',', archive.Binaries.Select(StripExe).Order(StringComparer.Ordinal));
            var wanted = string.Join(',', binaries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (archive.Binaries.Count > 0 && !string.Equals(inside, wanted, StringComparison.Ordinal))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.BinaryName, archive.Name, wanted, string.Join(',', archive.Binaries)));
            }
        }

        differences.AddRange(unmatched.Select(e => new ReleaseDifference(ReleaseDifferenceKind.MissingArtifact, subject, e.Name, null)));
    }

    private void CheckBinaries(DistDirectory dist, ReleasePlatform platform, bool runHostBinaries, List<ReleaseDifference> differences)
    {
        var subject = platform.ToString();
        var binaries = dist.Binaries.Where(platform.Matches).ToList();
        foreach (var name in BinariesFor(platform).Where(n => !binaries.Exists(b => string.Equals(b.Binary ?? StripExe(b.Name), n, StringComparison.Ordinal))))
        {
            differences.Add(new ReleaseDifference(ReleaseDifferenceKind.BinaryName, subject, name, binaries.Count == 0 ? null : string.Join(',', binaries.Select(b => b.Name))));
        }

        foreach (var binary in binaries)
        {
            var path = dist.ResolvePath(binary);
            if (!File.Exists(path))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.MissingFile, binary.Name + " (" + subject + ")", path, null));
                continue;
            }

            var host = runHostBinaries && HostPlatform.Equals(platform);
            CheckLinkerVariables(path, host, dist.Metadata, binary.Name + " (" + subject + ")", differences);
        }
    }

    private void CheckLinkerVariables(string binaryPath, bool hostBinary, GoReleaserMetadata metadata, string subject, List<ReleaseDifference> differences)
    {
        var info = GoBuildInfo.Read(binaryPath);
        var recorded = info.Settings.ContainsKey("-ldflags");
        var versionOutput = !recorded && hostBinary ? BinaryVersionProbe.TryRun(binaryPath) : null;
        var bytes = recorded || versionOutput is not null ? null : File.ReadAllBytes(binaryPath);
        foreach (var (variable, template) in LinkerVariables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var expected = template.Replace("{version}", metadata.Version, StringComparison.Ordinal).Replace("{commit}", metadata.Commit, StringComparison.Ordinal);
            var any = string.Equals(template, AnyValue, StringComparison.Ordinal);
            string? actual;
            bool ok;
            if (recorded)
            {
                actual = info.LinkerVariables.GetValueOrDefault(variable);
                ok = any ? !string.IsNullOrEmpty(actual) : string.Equals(expected, actual, StringComparison.Ordinal);
            }
            else if (any)
            {
                // Without recorded ldflags a wildcard value cannot be identified; the config check covers it.
                continue;
            }
            else if (versionOutput is not null)
            {
                ok = versionOutput.Contains(expected, StringComparison.Ordinal);
                actual = "--version printed: " + versionOutput.Trim();
            }
            else
            {
                ok = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(expected)) >= 0;
                actual = ok ? expected : "(value not found in the binary)";
            }

            if (!ok)
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, subject + " " + variable, expected, actual));
            }
        }
    }

    private static ReleasePlatform HostPlatform => new(
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : "other",
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "amd64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        });

    private void CheckChecksums(DistDirectory dist, List<ReleaseDifference> differences)
    {
        var expectedName = ChecksumsFileName(dist.Metadata.Version, string.IsNullOrEmpty(dist.Metadata.Tag) ? null : dist.Metadata.Tag);
        if (!string.Equals(dist.ChecksumsFileName, expectedName, StringComparison.Ordinal))
        {
            differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ChecksumFile, "checksums file", expectedName, dist.ChecksumsFileName));
        }

        if (dist.Checksums is null)
        {
            return;
        }

        var implied = dist.Checksums.ImpliedAlgorithm;
        if (!string.Equals(implied, Checksum.Algorithm, StringComparison.Ordinal))
        {
            differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ChecksumAlgorithm, dist.ChecksumsFileName ?? "checksums file", Checksum.Algorithm, implied));
        }

        foreach (var artifact in dist.Artifacts.Where(a => a.Checksum is not null))
        {
            var algorithm = artifact.Checksum!.Split(':')[0];
            if (!string.Equals(algorithm, Checksum.Algorithm, StringComparison.Ordinal))
            {
                differences.Add(new ReleaseDifference(ReleaseDifferenceKind.ChecksumAlgorithm, artifact.Name, Checksum.Algorithm, algorithm));
            }
        }

        differences.AddRange(dist.VerifyChecksums());
    }

    private static string StripExe(string name) => name.EndsWith(".exe", StringComparison.Ordinal) ? name[..^4] : name;
}
