using Slipway.Components.CiSystems.GitHub;
using Slipway.Hosts;

namespace Slipway.Components.CiSystems.Forgejo;

/// <summary>
/// Forgejo Actions: the runner sets the <c>GITHUB_*</c> variables and understands the same workflow commands, so
/// output is GitHub's; the forge is Gitea's API (<c>/api/v1</c>) and a run's page is addressed by its number.
/// </summary>
public sealed class ForgejoActionsHost : GitHubActionsHost
{
    /// <summary>Reads the <c>GITHUB_*</c> variables the Forgejo runner sets.</summary>
    public ForgejoActionsHost(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
        ApiUrl ??= ServerUrl + "/api/v1";
        var number = environment.TryGetValue("GITHUB_RUN_NUMBER", out var value) && value.Length > 0 ? value : null;
        RunUrl = Repository is null || number is null ? null : Absolute($"{ServerUrl.TrimEnd('/')}/{Repository}/actions/runs/{number}");
    }

    /// <inheritdoc />
    public override ForgeKind Forge => ForgeKind.Gitea;

    /// <inheritdoc />
    public override string Name => "ForgejoActions";
}
