using System.Text.Json;

namespace Slipway.Pipelines.Environment;

/// <summary>
/// The GitHub Actions the writers may emit, from the project's facts file (<c>facts/github-actions.json</c>). Parsing
/// refuses a pin that is not one of the action's majors, so a workflow can never reference a major that does not exist.
/// </summary>
public sealed class ActionCatalog
{
    private readonly Dictionary<string, ActionFacts> _actions;

    private ActionCatalog(Dictionary<string, ActionFacts> actions, string source)
    {
        _actions = actions;
        Source = source;
    }

    /// <summary>The facts file the catalog was read from, named in messages.</summary>
    public string Source { get; }

    /// <summary>Every action, by <c>owner/name</c>.</summary>
    public IReadOnlyDictionary<string, ActionFacts> Actions => _actions;

    /// <summary>The facts of <paramref name="action"/>.</summary>
    /// <exception cref="KeyNotFoundException">The facts file does not know the action.</exception>
    public ActionFacts this[string action] => _actions.TryGetValue(action, out var facts) ? facts
        : throw new KeyNotFoundException($"The GitHub Action '{action}' is not in {Source}, so its major and inputs are unknown. Add its facts (read from its action.yml at the tag) before emitting it.");

    /// <summary>
    /// Problems with a step that uses <paramref name="action"/> with the <c>with:</c> keys <paramref name="inputs"/>:
    /// an unknown action, or a key its pinned major does not declare. <paramref name="where"/> names the step.
    /// </summary>
    public IReadOnlyList<string> CheckStep(string action, IEnumerable<string> inputs, string where)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!_actions.TryGetValue(action, out var facts))
        {
            return [$"{where} uses '{action}', which is not in {Source}: its majors and inputs are unknown. Add its facts, read from its action.yml at the tag."];
        }

        return [.. inputs.Where(input => !facts.Inputs.Contains(input)).Select(input =>
            $"{where} passes '{input}' to {facts.Reference}, which has no such input (its inputs: {string.Join(", ", facts.Inputs.Order(StringComparer.Ordinal))}; {facts.Source}, checked {facts.Checked}). Remove it or pin a major that has it.")];
    }

    /// <summary>Parses the facts file text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">Malformed JSON, a missing field, or a pin that is not an existing major.</exception>
    public static ActionCatalog Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var actions = new Dictionary<string, ActionFacts>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("actions").EnumerateObject())
            {
                var value = entry.Value;
                var majors = Strings(value, "majors");
                var pinned = value.GetProperty("pinned").GetString() ?? "";
                if (!majors.Contains(pinned, StringComparer.Ordinal))
                {
                    throw new FormatException(
                        $"{source}: {entry.Name} is pinned to {pinned}, but its repository has no such major (majors: {string.Join(", ", majors)}; checked {value.GetProperty("checked").GetString()}). Pin one of them.");
                }

                actions[entry.Name] = new ActionFacts(
                    entry.Name,
                    pinned,
                    majors,
                    new HashSet<string>(Strings(value, "inputs"), StringComparer.Ordinal),
                    value.GetProperty("source").GetString() ?? "",
                    value.GetProperty("checked").GetString() ?? "");
            }

            return new ActionCatalog(actions, source);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
    }

    private static List<string> Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "")];
}
