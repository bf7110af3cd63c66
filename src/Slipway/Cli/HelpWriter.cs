using System.Text;
using Slipway.Graph;
using Slipway.Parameters;

namespace Slipway.Cli;

/// <summary>Renders <c>--help</c>: targets with descriptions and dependencies, parameters with type and where their value came from.</summary>
public static class HelpWriter
{
    /// <summary>The help text.</summary>
    public static string Render(TargetGraph graph, TargetNode? defaultTarget, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        var text = new StringBuilder();
        text.AppendLine("Usage: ./build.sh [targets] [--parameter value ...] [options]").AppendLine();
        text.AppendLine("Targets:");
        var listed = graph.Nodes.Where(n => !n.Definition.IsUnlisted).ToList();
        var width = listed.Select(n => n.Name.Length).DefaultIfEmpty(0).Max() + 12;
        foreach (var node in listed)
        {
            var name = node == defaultTarget ? $"{node.Name} (default)" : node.Name;
            text.Append("  ").Append(name.PadRight(width)).AppendLine(node.Definition.Description);
            if (node.Dependencies.Count > 0)
            {
                text.Append("  ").Append(new string(' ', width)).Append("-> ").AppendLine(string.Join(", ", node.Dependencies.Select(d => d.Name)));
            }
        }

        text.AppendLine().AppendLine("Parameters:");
        var entries = parameters.Values.OrderBy(p => p.Parameter.Name, StringComparer.Ordinal)
            .Select(p => (Left: $"{p.Parameter.OptionName} <{ValueConverter.Describe(p.Parameter.Type)}>", Value: p))
            .ToList();
        var left = entries.Select(e => e.Left.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var (label, value) in entries)
        {
            text.Append("  ").Append(label.PadRight(left)).Append(value.Parameter.Description);
            text.Append("  [").Append(Origin(value)).AppendLine("]");
        }

        text.AppendLine().AppendLine("Options:");
        foreach (var (name, description) in CommandLineParser.EngineOptions)
        {
            text.Append("  ").Append(name.PadRight(left)).AppendLine(description);
        }

        return text.ToString();
    }

    private static string Origin(ParameterValue value) =>
        value.Source == ParameterSource.Default ? "not set"
        : value.Parameter.IsSecret ? $"secret, set from {value.Origin}"
        : $"{Describe(value.Value)} from {value.Origin}";

    private static string Describe(object? value) =>
        value is Array array ? string.Join(" ", array.Cast<object>()) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
