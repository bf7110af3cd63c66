using Slipway.Clients.GoReleaser.Configuration.Templates;
using Slipway.Clients.Registry;

namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>Image names in GoReleaser templates: their registry hosts, as Docker reads them.</summary>
public static class ImageReferences
{
    /// <summary>The host Docker uses for names without one.</summary>
    public const string DockerHub = ImageReference.DockerHub;

    /// <summary>
    /// The registry host of <paramref name="image"/> (<see cref="ImageReference"/>'s rules): <c>ghcr.io/a/b:1</c> gives
    /// <c>ghcr.io</c>, <c>acme/tool</c> and <c>tool</c> give <c>docker.io</c>, <c>$CI_REGISTRY_IMAGE:1</c> gives the variable;
    /// null when the name is not an image name.
    /// </summary>
    public static string? RegistryHost(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.StartsWith('$'))
        {
            // An environment variable holds the host, or the whole name ($CI_REGISTRY_IMAGE): the variable is the host.
            var end = image.IndexOfAny(['/', ':'], 1);
            return end < 0 ? image : image[..end];
        }

        // The tag may hold placeholders ({version}) that are no valid tag; the host does not depend on it.
        var colon = image.LastIndexOf(':');
        var name = colon > image.LastIndexOf('/') ? image[..colon] : image;
        return ImageReference.TryParse(name, out var parsed) ? parsed!.Registry is "index.docker.io" or "registry-1.docker.io" ? DockerHub : parsed.Registry : null;
    }

    /// <summary>
    /// Renders an image template for its host: release values as placeholders, and each <c>{{ .Env.NAME }}</c> as
    /// <c>$NAME</c>, so <c>{{ .Env.CI_REGISTRY_IMAGE }}:{{ .Version }}</c> gives <c>$CI_REGISTRY_IMAGE:{version}</c>.
    /// </summary>
    /// <param name="template">The image template.</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="variables">What <c>envOrDefault</c> sees (variables the pipeline sets); null is none, so defaults apply.</param>
    /// <exception cref="TemplateException">The template needs something else.</exception>
    public static string Render(string template, string projectName, IReadOnlyDictionary<string, string>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        return GoTemplate.Render(template, WithPlaceholderEnvironment(ReleaseContractDeriver.Data(projectName, null)), variables);
    }

    /// <summary><paramref name="data"/> with an <c>Env</c> in which every variable reads as <c>$NAME</c>.</summary>
    public static Dictionary<string, object?> WithPlaceholderEnvironment(Dictionary<string, object?> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["Env"] = new PlaceholderEnvironment();
        return data;
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
