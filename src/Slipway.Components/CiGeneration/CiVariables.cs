namespace Slipway.Components.CiGeneration;

/// <summary>Reads the <c>KEY=VALUE</c> variables CI attributes declare.</summary>
public static class CiVariables
{
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
