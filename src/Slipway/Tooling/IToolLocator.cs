namespace Slipway.Tooling;

/// <summary>Finds an executable for a tool name.</summary>
public interface IToolLocator
{
    /// <summary>The full path of <paramref name="name"/>, or null when it cannot be found.</summary>
    string? Locate(string name);
}
