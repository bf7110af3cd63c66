using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>One build of a contract with several builds: its binary and the platforms it is built for.</summary>
/// <param name="Id">The GoReleaser build id.</param>
/// <param name="Binary">The binary name (without <c>.exe</c>).</param>
/// <param name="Platforms">Its platforms, by <see cref="ReleasePlatform.Key"/>.</param>
public sealed record ReleaseBuildContract(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("binary")] string Binary,
    [property: JsonPropertyName("platforms")] IReadOnlyList<string> Platforms);
