namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>docker_manifests</c> entry: a multi-platform manifest list made of images the <c>dockers</c> pushed.</summary>
/// <param name="Path">Configuration path, e.g. <c>docker_manifests[0]</c>.</param>
/// <param name="Location">Where the entry starts.</param>
/// <param name="Id"><c>id</c>, or null.</param>
/// <param name="NameTemplate"><c>name_template</c>: the manifest's name.</param>
/// <param name="ImageTemplates"><c>image_templates</c>: the per-platform images it lists.</param>
/// <param name="SkipPush"><c>skip_push</c>, or null.</param>
/// <param name="Use"><c>use</c>: <c>docker</c> (the default, <c>docker manifest</c>) or <c>buildx</c>.</param>
public sealed record DockerManifestConfig(string Path, SourceLocation Location, string? Id, string NameTemplate, IReadOnlyList<string> ImageTemplates, string? SkipPush, string Use);
