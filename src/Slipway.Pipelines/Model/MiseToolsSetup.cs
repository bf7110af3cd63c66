namespace Slipway.Pipelines.Model;

/// <summary>
/// Tools pinned in mise's configuration that no dedicated setup action covers (golangci-lint, actionlint, ...):
/// GitHub installs exactly these through mise-action at their pinned versions; on GitLab the CI image carries them.
/// </summary>
/// <param name="Tools">Tool names as pinned, installed by <c>mise install</c>.</param>
public sealed record MiseToolsSetup(IReadOnlyList<string> Tools) : SetupRequirement
{
    internal override int Order => 3;
}
