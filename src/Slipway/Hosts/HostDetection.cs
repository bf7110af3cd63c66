using System.Reflection;

namespace Slipway.Hosts;

/// <summary>
/// Picks the host a run is in: the first registered CI system (<see cref="HostDetectorAttribute"/> in the assemblies of
/// the build class, its base classes and the components it implements) that recognises the environment, else the
/// terminal.
/// </summary>
public static class HostDetection
{
    /// <summary>The registered detectors for <paramref name="buildType"/>, by <see cref="HostDetectorAttribute.Order"/> then type name.</summary>
    public static IReadOnlyList<IHostDetector> Detectors(Type buildType)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        return [.. Assemblies(buildType)
            .SelectMany(a => a.GetCustomAttributes<HostDetectorAttribute>())
            .DistinctBy(a => a.Detector)
            .OrderBy(a => a.Order).ThenBy(a => a.Detector.FullName, StringComparer.Ordinal)
            .Select(a => a.Detector)
            .Select(t => Activator.CreateInstance(t) as IHostDetector
                ?? throw new BuildConfigurationException($"[assembly: HostDetector(typeof({t.Name}))] names a type that is not an IHostDetector with a public parameterless constructor."))];
    }

    /// <summary>The host of a run of <paramref name="buildType"/> in <paramref name="environment"/>.</summary>
    public static Host Detect(Type buildType, IReadOnlyDictionary<string, string> environment, string rootDirectory) =>
        Detectors(buildType).Select(d => d.Detect(environment)).FirstOrDefault(h => h is not null) ?? new TerminalHost(rootDirectory);

    /// <summary>
    /// The assemblies a build draws on: those of the build class, its base classes, the components it implements and
    /// its attributes, and those its own assembly references (a build that only calls a CI system's code still runs
    /// there). Ordered by name; assemblies that cannot be loaded are left out.
    /// </summary>
    public static IReadOnlyList<Assembly> Assemblies(Type buildType)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        var types = new List<Type>();
        for (var type = buildType; type is not null; type = type.BaseType)
        {
            types.Add(type);
        }

        types.AddRange(buildType.GetInterfaces());
        types.AddRange(buildType.GetCustomAttributes(inherit: true).Select(a => a.GetType()));
        var assemblies = types.Select(t => t.Assembly).ToList();
        assemblies.AddRange(buildType.Assembly.GetReferencedAssemblies().Select(Load).OfType<Assembly>());
        return [.. assemblies.Distinct().OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];
    }

    private static Assembly? Load(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
