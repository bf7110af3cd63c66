namespace Slipway.Components.CiGeneration;

/// <summary>Reads the <c>KEY=VALUE</c> variables CI attributes declare.</summary>
public static class CiVariables
{
    /// <summary>
    /// Per-job variables, <c>Target:KEY=VALUE</c>: each applies to the job that runs that target. <paramref name="targets"/>
    /// are the graph's target names, for the error on an unknown one.
    /// </summary>
    /// <exception cref="BuildConfigurationException">An entry is not Target:KEY=VALUE, or names no target.</exception>
    public static Dictionary<string, Dictionary<string, string>> ParseJobVariables(IEnumerable<string> entries, IReadOnlyCollection<string> targets, string where)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byTarget = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in entries.GroupBy(e => e.Split(':', 2)[0], StringComparer.OrdinalIgnoreCase))
        {
            if (group.Any(e => !e.Contains(':', StringComparison.Ordinal)))
            {
                throw new BuildConfigurationException($"{where}: job variable '{group.First()}' is not Target:KEY=VALUE. Write it as, e.g., \"Release:GIT_DEPTH=0\".");
            }

            if (!targets.Contains(group.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw new BuildConfigurationException($"{where}: job variables name the target '{group.Key}', which the build does not have." + NameSuggestions.For(group.Key, targets) + " Fix the name.");
            }

            byTarget[group.Key] = Parse(group.Select(e => e.Split(':', 2)[1]), where);
        }

        return byTarget;
    }

    /// <summary>The variables of <paramref name="entries"/>; <paramref name="where"/> names the attribute in errors.</summary>
    /// <exception cref="BuildConfigurationException">An entry is not KEY=VALUE, or a key is given twice.</exception>
    public static Dictionary<string, string> Parse(IEnumerable<string> entries, string where)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var separator = entry.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new BuildConfigurationException($"{where}: variable '{entry}' is not KEY=VALUE. Write it as, e.g., \"GOFLAGS=-mod=readonly\".");
            }

            if (!variables.TryAdd(entry[..separator], entry[(separator + 1)..]))
            {
                throw new BuildConfigurationException($"{where}: variable {entry[..separator]} is set twice. Give it one value.");
            }
        }

        return variables;
    }
}
