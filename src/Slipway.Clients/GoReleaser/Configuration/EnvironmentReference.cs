namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// A place where the configuration reads an environment variable: <c>{{ .Env.NAME }}</c>, <c>envOrDefault "NAME" ...</c>
/// or <c>isEnvSet "NAME"</c>.
/// </summary>
/// <param name="Name">The variable, e.g. <c>HOMEBREW_TAP_TOKEN</c>.</param>
/// <param name="Path">Configuration path of the value, e.g. <c>brews[0].repository.token</c>.</param>
/// <param name="Location">Where the value starts.</param>
/// <param name="Optional">True when the configuration copes without it (<c>envOrDefault</c>, <c>isEnvSet</c>).</param>
public sealed record EnvironmentReference(string Name, string Path, SourceLocation Location, bool Optional);
