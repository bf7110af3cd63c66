using System.Text.Json;

namespace Slipway.Parameters;

/// <summary>
/// Resolves every parameter once, before anything runs, so a bad value fails the run early and names the
/// parameter, the value, where it came from and the expected type. Precedence: command line, environment,
/// <c>.nuke/parameters.json</c>, the member's default.
/// </summary>
public static class ParameterResolver
{
    private static readonly string[] EnvironmentPrefixes = ["", "SLIPWAY_", "NUKE_"];

    /// <summary>Resolves <paramref name="parameters"/> from the three sources.</summary>
    /// <param name="parameters">The discovered parameters.</param>
    /// <param name="commandLine">Tokens per parameter name given on the command line.</param>
    /// <param name="environment">The environment variables.</param>
    /// <param name="parametersFile">Path of <c>.nuke/parameters.json</c>; ignored when absent.</param>
    public static IReadOnlyDictionary<string, ParameterValue> Resolve(
        IReadOnlyList<BuildParameter> parameters,
        IReadOnlyDictionary<string, IReadOnlyList<string>> commandLine,
        IReadOnlyDictionary<string, string> environment,
        string? parametersFile)
    {
        var file = ReadParametersFile(parametersFile, parameters);
        var values = new Dictionary<string, ParameterValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters)
        {
            var (tokens, source, origin) =
                commandLine.TryGetValue(parameter.Name, out var fromArgs) ? (fromArgs, ParameterSource.CommandLine, parameter.OptionName)
                : FindEnvironment(parameter, environment) is { } env ? ([env.Value], ParameterSource.Environment, "$" + env.Key)
                : file.TryGetValue(parameter.Name, out var fromFile) ? (fromFile, ParameterSource.ParametersFile, $"{parametersFile} ({parameter.Name})")
                : ((IReadOnlyList<string>?)null, ParameterSource.Default, (string?)null);
            if (tokens is null)
            {
                values[parameter.Name] = new ParameterValue(parameter, null, ParameterSource.Default, null);
                continue;
            }

            try
            {
                values[parameter.Name] = new ParameterValue(parameter, ValueConverter.Convert(tokens, parameter.Type), source, origin);
            }
            catch (FormatException ex)
            {
                var shown = parameter.IsSecret ? "(secret)" : string.Join(" ", tokens);
                throw new BuildConfigurationException(
                    $"Parameter {parameter.OptionName} from {origin}: {(parameter.IsSecret ? "the value is not valid" : ex.Message)}. Value: {shown}. Expected: {ValueConverter.Describe(parameter.Type)}.",
                    ex);
            }
        }

        return values;
    }

    private static KeyValuePair<string, string>? FindEnvironment(BuildParameter parameter, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var prefix in EnvironmentPrefixes)
        {
            if (environment.TryGetValue(prefix + parameter.Name, out var exact))
            {
                return new(prefix + parameter.Name, exact);
            }
        }

        var wanted = EnvironmentPrefixes.Select(p => ParameterNames.Normalize(p + parameter.Name)).ToHashSet(StringComparer.Ordinal);
        return environment
            .Where(e => wanted.Contains(ParameterNames.Normalize(e.Key)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (KeyValuePair<string, string>?)e)
            .FirstOrDefault();
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadParametersFile(string? path, IReadOnlyList<BuildParameter> parameters)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (path is null || !File.Exists(path))
        {
            return result;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new BuildConfigurationException($"{path} is not valid JSON (line {ex.LineNumber + 1}): {ex.Message} Fix the file or delete it.", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BuildConfigurationException($"{path} must hold a JSON object of parameter names to values.");
            }

            var byNormalized = parameters.ToDictionary(p => ParameterNames.Normalize(p.Name), StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
            {
                if (!byNormalized.TryGetValue(ParameterNames.Normalize(property.Name), out var parameter))
                {
                    throw new BuildConfigurationException(
                        $"{path} sets '{property.Name}', which is not a parameter of this build." + NameSuggestions.For(property.Name, parameters.Select(p => p.Name)));
                }

                result[parameter.Name] = property.Value.ValueKind == JsonValueKind.Array
                    ? [.. property.Value.EnumerateArray().Select(Scalar)]
                    : [Scalar(property.Value)];
            }
        }

        return result;
    }

    private static string Scalar(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
