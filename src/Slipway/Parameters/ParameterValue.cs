namespace Slipway.Parameters;

/// <summary>A resolved parameter: its typed value and where it came from.</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="Value">The converted value; null when unset.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Origin">The argument, variable or file key that supplied it, for messages.</param>
public sealed record ParameterValue(BuildParameter Parameter, object? Value, ParameterSource Source, string? Origin);
