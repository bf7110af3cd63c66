using System.Globalization;
using System.Security;
using System.Text;
using Slipway.Tooling;

namespace Slipway.Components.Packages;

/// <summary>
/// One <c>dotnet pack</c> of every project to pack: a solution file listing just those projects (in the temporary
/// directory) lets MSBuild build them once, in parallel, where one pack per project would rebuild the shared ones.
/// </summary>
public static class PackCommand
{
    /// <summary>The solution file written for the pack, relative to the build root.</summary>
    public const string SolutionFile = ".nuke/temp/pack/packages.slnx";

    /// <summary>The projects <paramref name="globs"/> (relative to <paramref name="rootDirectory"/>) name, sorted; at least one.</summary>
    /// <exception cref="BuildConfigurationException">No project matches.</exception>
    public static IReadOnlyList<string> Projects(string rootDirectory, IReadOnlyList<string> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        var projects = new Slipway.Caching.FileGlob(globs).Match(rootDirectory).Where(p => p.EndsWith(".csproj", StringComparison.Ordinal)).ToList();
        return projects.Count > 0 ? projects : throw new BuildConfigurationException(
            $"No project to pack: PackProjects ({string.Join(", ", globs)}) matches no .csproj under {rootDirectory}. Point PackProjects at the projects to pack.");
    }

    /// <summary>The solution text listing <paramref name="projects"/>, with paths relative to <see cref="SolutionFile"/>.</summary>
    public static string Solution(IEnumerable<string> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var text = new StringBuilder("<Solution>\n");
        foreach (var project in projects)
        {
            text.Append("  <Project Path=\"../../../").Append(SecurityElement.Escape(project)).Append("\" />\n");
        }

        return text.Append("</Solution>\n").ToString();
    }

    /// <summary>
    /// <c>dotnet pack</c> of the solution into <paramref name="outputDirectory"/>, in Release, with
    /// <paramref name="properties"/> as <c>-p:</c> arguments (sorted, so the command line is stable).
    /// </summary>
    public static ProcessSpec Pack(string dotnet, string solution, string outputDirectory, IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new ProcessSpec(dotnet, [
            "pack", solution, "-c", "Release", "-o", outputDirectory, "--nologo", "-tl:off",
            .. properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"-p:{p.Key}={p.Value}"))]);
    }

    /// <summary>
    /// The <c>dotnet</c> to run: the one running the build program (build.sh starts it with the SDK global.json asks
    /// for), else <c>dotnet</c> from PATH.
    /// </summary>
    public static string DotNet(string? processPath) =>
        processPath is { } path && Path.GetFileNameWithoutExtension(path) is "dotnet" ? path : "dotnet";
}
