namespace Slipway.Components.Release;

/// <summary>
/// One image build DockerDryRun makes, laid out as GoReleaser lays it out for the configuration entry it comes from:
/// <c>dockers</c> (v1) put the platform's binaries at the context root, <c>dockers_v2</c> under <c>os/arch[/vN]/</c>;
/// both add <c>extra_files</c> at their relative paths.
/// </summary>
/// <param name="Entry">The configuration entry, e.g. <c>dockers_v2[0]</c>, or <c>Dockerfile</c> when the configuration declares no images.</param>
/// <param name="Dockerfile">The Dockerfile, relative to the Go directory.</param>
/// <param name="Platform">The platform built (the host's).</param>
/// <param name="Files">Files to place in the context: source (absolute) and path inside the context.</param>
/// <param name="BuildArgs">Build arguments, rendered.</param>
/// <param name="Labels">Labels passed on the command line as GoReleaser passes them, rendered.</param>
/// <param name="ExpectedLabels">Labels the image must carry with these values: what the configuration declares (rendered), or, without a configuration entry, the OCI labels read from dist/metadata.json.</param>
/// <param name="Unchecked">Declared labels whose value cannot be known here (a template needing a release-time value), each with why.</param>
internal sealed record DockerDryRunPlan(
    string Entry,
    string Dockerfile,
    string Platform,
    IReadOnlyList<(string Source, string Destination)> Files,
    IReadOnlyDictionary<string, string> BuildArgs,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> ExpectedLabels,
    IReadOnlyList<string> Unchecked);
