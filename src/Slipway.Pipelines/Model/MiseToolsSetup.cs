namespace Slipway.Pipelines.Model;

/// <summary>
/// Tools pinned in mise's configuration that no dedicated setup action covers (golangci-lint, actionlint, ...):
/// GitHub installs exactly these through mise-action at their pinned versions; on GitLab the CI image carries them.
/// </summary>
/// <param name="Tools">Tool names as pinned, installed by <c>mise install</c>.</param>
public sealed record MiseToolsSetup(IReadOnlyList<string> Tools) : SetupRequirement
{
    /// <summary>
    /// Versions of those tools that no mise file in the repository pins (the build names them): GitHub hands them to
    /// mise-action as its <c>mise_toml</c>. Empty when the repository's files pin every tool.
    /// </summary>
    public IReadOnlyDictionary<string, string> Versions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    internal override int Order => 3;
}
