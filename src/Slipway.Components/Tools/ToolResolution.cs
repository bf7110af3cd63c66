namespace Slipway.Components.Tools;

/// <summary>How components declare and find the tools they run.</summary>
public static class ToolResolution
{
    /// <summary>
    /// <paramref name="tool"/> with the version pinned in the build root's mise configuration added to its install hint,
    /// so a missing tool fails naming the tool, the pinned version and how to install it. The configuration is read
    /// only then: targets are defined on every start, `--help` included.
    /// </summary>
    public static ToolRequirement Pinned(this IBuild build, ToolRequirement tool)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(tool);
        var root = build.Context.RootDirectory;
        var miseTool = KnownTools.MiseToolFor(tool.Name);
        return tool with
        {
            PinnedHint = () => MiseConfig.Load(root).PinOf(miseTool) is { } pin
                ? $"It is pinned to {miseTool} {pin.Version} in {pin.Source}: "
                    + $"with mise (https://mise.jdx.dev, or `npm install -g @jdxcode/mise`) on PATH Slipway runs `mise install {miseTool}` itself."
                : null,
        };
    }

    /// <summary>The full path of a tool the target requires.</summary>
    /// <exception cref="InvalidOperationException">The tool cannot be found (the message says how to install it).</exception>
    public static string RequireTool(this IBuild build, ToolRequirement tool) =>
        build.FindTool(tool) ?? throw new InvalidOperationException($"'{tool.Name}' was not found on PATH or through mise. {build.Pinned(tool).MissingToolAdvice()}");

    /// <summary>The full path of a tool, or null when it is not installed.</summary>
    public static string? FindTool(this IBuild build, ToolRequirement tool)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(tool);
        return build.Context.Tools.Locate(tool.Name) ?? KnownTools.AlternativeNames(tool.Name).Select(build.Context.Tools.Locate).FirstOrDefault(p => p is not null);
    }
}
