using Slipway.Clients.GoReleaser.Configuration.Templates;

namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>Image names as Docker reads them: the registry host is the part before the first <c>/</c> when it has a dot, a colon or is <c>localhost</c>; otherwise Docker Hub.</summary>
public static class ImageReferences
{
    /// <summary>The host Docker uses for names without one.</summary>
    public const string DockerHub = "docker.io";

    /// <summary>The registry host of <paramref name="image"/>: <c>ghcr.io/a/b:1</c> gives <c>ghcr.io</c>, <c>acme/tool</c> and <c>tool</c> give <c>docker.io</c>.</summary>
    public static string RegistryHost(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return DockerHub;
        }

        var first = image[..slash];
        var host = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || string.Equals(first, "localhost", StringComparison.Ordinal)
            || first.StartsWith('$')
            ? first
            : DockerHub;
        return host is "index.docker.io" or "registry-1.docker.io" ? DockerHub : host;
    }

    /// <summary>
    /// Renders an image template for its host: release values as placeholders, and each <c>{{ .Env.NAME }}</c> as
    /// <c>$NAME</c>, so <c>{{ .Env.CI_REGISTRY_IMAGE }}:{{ .Version }}</c> gives <c>$CI_REGISTRY_IMAGE:{version}</c>.
    /// </summary>
    /// <exception cref="TemplateException">The template needs something else.</exception>
    public static string Render(string template, string projectName)
    {
        ArgumentNullException.ThrowIfNull(template);
        var data = ReleaseContractDeriver.Data(projectName, null);
        data["Env"] = new PlaceholderEnvironment();
        return GoTemplate.Render(template, data);
    }

    /// <summary>An environment in which every variable reads as <c>$NAME</c>.</summary>
    private sealed class PlaceholderEnvironment : IReadOnlyDictionary<string, object?>
    {
        public IEnumerable<string> Keys => [];

        public IEnumerable<object?> Values => [];

        public int Count => 0;

        public object? this[string key] => "$" + key;

        public bool ContainsKey(string key) => true;

        public bool TryGetValue(string key, out object? value)
        {
            value = "$" + key;
            return true;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, object?>>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
