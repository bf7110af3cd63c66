using System.Text;
using System.Text.Json;

namespace Slipway.Clients.Registry;

/// <summary>A registry user name and password (or token used as password).</summary>
/// <param name="Username">User name.</param>
/// <param name="Password">Password or access token.</param>
public sealed record RegistryCredentials(string Username, string Password)
{
    /// <summary>Where these came from, for error messages (e.g. <c>~/.docker/config.json</c>).</summary>
    public string Source { get; init; } = "explicit credentials";

    /// <summary>The default Docker config file: <c>$DOCKER_CONFIG/config.json</c>, else <c>~/.docker/config.json</c>.</summary>
    public static string DefaultDockerConfigPath(Func<string, string?>? getVariable = null)
    {
        var dir = (getVariable ?? Environment.GetEnvironmentVariable)("DOCKER_CONFIG");
        return string.IsNullOrEmpty(dir)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "config.json")
            : Path.Combine(dir, "config.json");
    }

    /// <summary>
    /// Reads the credentials for <paramref name="registryHost"/> from a Docker config file (<c>auths[host].auth</c>,
    /// base64 of <c>user:password</c>); null when the file or the entry does not exist.
    /// </summary>
    /// <exception cref="FormatException">The file or the entry is malformed.</exception>
    public static RegistryCredentials? FromDockerConfig(string registryHost, string? configPath = null)
    {
        ArgumentNullException.ThrowIfNull(registryHost);
        var path = configPath ?? DefaultDockerConfigPath();
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("auths", out var auths) || auths.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var entry in auths.EnumerateObject())
            {
                if (!string.Equals(HostOf(entry.Name), registryHost, StringComparison.OrdinalIgnoreCase)
                    || !entry.Value.TryGetProperty("auth", out var auth) || auth.GetString() is not { Length: > 0 } encoded)
                {
                    continue;
                }

                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new FormatException($"{path}: auths[\"{entry.Name}\"].auth does not decode to user:password.");
                }

                return new RegistryCredentials(decoded[..colon], decoded[(colon + 1)..]) { Source = $"{path} (auths[\"{entry.Name}\"])" };
            }

            return null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException && ex.Message.IndexOf(path, StringComparison.Ordinal) < 0)
        {
            throw new FormatException($"{path} is not a valid Docker config file: {ex.Message}", ex);
        }
    }

    // Config keys may be bare hosts or URLs such as https://index.docker.io/v1/.
    private static string HostOf(string key) =>
        Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Authority : key.TrimEnd('/');

    /// <inheritdoc />
    public override string ToString() => $"{Username} ({Source})";
}
