using System.Reflection;
using System.Text.Json;

namespace Slipway.Pipelines.Environment;

/// <summary>
/// Every fact about external environments the writers rely on: GitHub Actions (majors, inputs), the images GitLab
/// jobs run in, the Docker-in-Docker service, GitHub runners, and what distribution packages provide. Loaded from the
/// project's <c>facts/</c> files, embedded in this assembly; <see cref="Parse"/> reads other texts (for tests).
/// </summary>
public sealed class EnvironmentFacts
{
    private static readonly Lazy<EnvironmentFacts> Embedded = new(() => Parse(Resource("github-actions.json"), Resource("images.json")));

    private EnvironmentFacts(ActionCatalog actions, Dictionary<string, ImageFacts> images, Dictionary<string, ImageFacts> services, Dictionary<string, ImageFacts> runners, Dictionary<string, IReadOnlyList<string>> apk, Dictionary<string, IReadOnlyList<string>> apt)
    {
        Actions = actions;
        Images = images;
        Services = services;
        Runners = runners;
        ApkPackages = apk;
        AptPackages = apt;
    }

    /// <summary>The facts shipped with Slipway (read once, immutable).</summary>
    public static EnvironmentFacts Default => Embedded.Value;

    /// <summary>The GitHub Actions.</summary>
    public ActionCatalog Actions { get; }

    /// <summary>Job images by reference.</summary>
    public IReadOnlyDictionary<string, ImageFacts> Images { get; }

    /// <summary>Service images by reference (the Docker-in-Docker service).</summary>
    public IReadOnlyDictionary<string, ImageFacts> Services { get; }

    /// <summary>Runners by label (GitHub-hosted ones, or another system's, see <see cref="WithActions"/>).</summary>
    public IReadOnlyDictionary<string, ImageFacts> Runners { get; }

    /// <summary>Alpine packages and the tools they install.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ApkPackages { get; }

    /// <summary>Debian/Ubuntu packages and the tools they install.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AptPackages { get; }

    /// <summary>
    /// These facts with another system's actions file (<paramref name="source"/> names it in messages), for a system that
    /// reads GitHub Actions syntax but resolves actions elsewhere. Its optional <c>runners</c> section replaces the
    /// runners (same shape as in <c>images.json</c>); images, services and packages stay.
    /// </summary>
    /// <exception cref="FormatException">The text is malformed, or pins a major that does not exist.</exception>
    public EnvironmentFacts WithActions(string actionsJson, string source)
    {
        var actions = ActionCatalog.Parse(actionsJson, source);
        try
        {
            using var document = JsonDocument.Parse(actionsJson);
            var runners = document.RootElement.TryGetProperty("runners", out var section) ? Facts(section) : new Dictionary<string, ImageFacts>(Runners, StringComparer.Ordinal);
            return new EnvironmentFacts(actions, new(Images, StringComparer.Ordinal), new(Services, StringComparer.Ordinal), runners, new(ApkPackages, StringComparer.Ordinal), new(AptPackages, StringComparer.Ordinal));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>Parses the two facts files.</summary>
    /// <exception cref="FormatException">Either text is malformed, or an action is pinned to a major that does not exist.</exception>
    public static EnvironmentFacts Parse(string actionsJson, string imagesJson)
    {
        var actions = ActionCatalog.Parse(actionsJson, "facts/github-actions.json");
        try
        {
            using var document = JsonDocument.Parse(imagesJson);
            var root = document.RootElement;
            var packages = root.GetProperty("packages");
            return new EnvironmentFacts(
                actions,
                Facts(root.GetProperty("images")),
                Facts(root.GetProperty("services")),
                Facts(root.GetProperty("runners")),
                Packages(packages.GetProperty("apk")),
                Packages(packages.GetProperty("apt")));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"facts/images.json: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, ImageFacts> Facts(JsonElement section)
    {
        var facts = new Dictionary<string, ImageFacts>(StringComparer.Ordinal);
        foreach (var entry in section.EnumerateObject())
        {
            var provides = entry.Value.GetProperty("provides").EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
            facts[entry.Name] = new ImageFacts(
                entry.Name,
                provides.Where(p => !string.Equals(p, "docker-daemon", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal),
                entry.Value.GetProperty("source").GetString() ?? "",
                entry.Value.GetProperty("checked").GetString() ?? "")
            {
                DockerDaemon = provides.Contains("docker-daemon"),
                Problem = entry.Value.TryGetProperty("problem", out var problem) ? problem.GetString() : null,
            };
        }

        return facts;
    }

    private static Dictionary<string, IReadOnlyList<string>> Packages(JsonElement section) =>
        section.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(e => e.GetString() ?? "")], StringComparer.Ordinal);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Slipway.Pipelines.facts." + name)
            ?? throw new InvalidOperationException($"The facts file {name} is not embedded in Slipway.Pipelines.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
