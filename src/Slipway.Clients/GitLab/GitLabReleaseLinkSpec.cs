namespace Slipway.Clients.GitLab;

/// <summary>A release link to create.</summary>
/// <param name="Name">Name shown on the release page; unique within the release.</param>
/// <param name="Url">Where the file is; unique within the release.</param>
/// <param name="LinkType"><c>other</c>, <c>runbook</c>, <c>image</c> or <c>package</c>.</param>
/// <param name="DirectAssetPath">Path of the permanent address <c>/-/releases/:tag/downloads/&lt;path&gt;</c>, e.g. <c>/sumcheck_linux_amd64.tar.gz</c>; none when null.</param>
public sealed record GitLabReleaseLinkSpec(string Name, string Url, string LinkType = "package", string? DirectAssetPath = null);
