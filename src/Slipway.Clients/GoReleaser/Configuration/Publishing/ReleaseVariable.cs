namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>An environment variable the release reads (every <c>{{ .Env.X }}</c>, <c>envOrDefault "X"</c>, <c>isEnvSet "X"</c>).</summary>
/// <param name="Name">The variable.</param>
/// <param name="Optional">True when every read has a fallback (<c>envOrDefault</c>, <c>isEnvSet</c>).</param>
/// <param name="ProvidedByCi">True for variables CI sets itself (<c>GITHUB_*</c> except <c>GITHUB_TOKEN</c>, <c>CI_*</c>, <c>RUNNER_*</c>): no secret to configure.</param>
/// <param name="Paths">The configuration paths that read it.</param>
public sealed record ReleaseVariable(string Name, bool Optional, bool ProvidedByCi, IReadOnlyList<string> Paths)
{
    /// <summary>True when a team must configure it as a CI secret: read without a fallback, and not provided by CI.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NeedsSecret => !ProvidedByCi && !Optional;

    /// <summary>Whether CI provides <paramref name="name"/> itself.</summary>
    public static bool IsProvidedByCi(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (name.StartsWith("GITHUB_", StringComparison.Ordinal) && !string.Equals(name, "GITHUB_TOKEN", StringComparison.Ordinal))
            || name.StartsWith("CI_", StringComparison.Ordinal) || name.StartsWith("RUNNER_", StringComparison.Ordinal);
    }
}
