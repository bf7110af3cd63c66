using System.Globalization;

namespace Slipway.Parameters;

/// <summary>Converts raw parameter tokens into typed values, invariantly, with errors that name the expected form.</summary>
public static class ValueConverter
{
    /// <summary>Converts <paramref name="tokens"/> to <paramref name="type"/>; throws <see cref="FormatException"/> saying what was expected.</summary>
    public static object? Convert(IReadOnlyList<string> tokens, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementType(target) is { } element)
        {
            var items = tokens.SelectMany(SplitList).Select(t => ConvertScalar(t, element)).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            return array;
        }

        if (tokens.Count == 0)
        {
            return target == typeof(bool)
                ? true
                : throw new FormatException($"a value is required ({Describe(target)})");
        }

        if (tokens.Count > 1)
        {
            throw new FormatException($"one value was expected, got {tokens.Count}: {string.Join(" ", tokens)}");
        }

        return ConvertScalar(tokens[0], target);
    }

    /// <summary>A short description of what a type accepts, for help and errors.</summary>
    public static string Describe(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementType(target) is { } element)
        {
            return $"list of {Describe(element)}";
        }

        return target switch
        {
            _ when target == typeof(string) => "text",
            _ when target == typeof(bool) => "true/false",
            _ when target == typeof(int) || target == typeof(long) => "whole number",
            _ when target == typeof(double) || target == typeof(decimal) => "number",
            _ when target == typeof(TimeSpan) => "duration like 90s, 5m, 1h or 00:01:30",
            _ when target.IsEnum => string.Join("|", Enum.GetNames(target).Select(ParameterNames.ToKebabCase)),
            _ => target.Name,
        };
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static IEnumerable<string> SplitList(string token) =>
        token.Split([',', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static object ConvertScalar(string text, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => text.ToLowerInvariant() switch
            {
                "true" or "1" or "yes" or "on" => true,
                "false" or "0" or "no" or "off" => false,
                _ => null,
            },
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) ? d : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, invariant, out var m) ? m : null,
            _ when type == typeof(TimeSpan) => ParseDuration(text),
            _ when type.IsEnum => Enum.GetNames(type).FirstOrDefault(n => string.Equals(ParameterNames.Normalize(n), ParameterNames.Normalize(text), StringComparison.Ordinal)) is { } name
                ? Enum.Parse(type, name)
                : null,
            _ => throw new FormatException($"parameters of type {type.Name} are not supported; use text and parse it in the build"),
        };
        return value ?? throw new FormatException($"'{text}' is not a valid {Describe(type)}");
    }

    private static TimeSpan? ParseDuration(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, invariant, out var amount))
            {
                return TimeSpan.FromSeconds(amount * seconds);
            }
        }

        return TimeSpan.TryParse(text, invariant, out var span) ? span : null;
    }
}
