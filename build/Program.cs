namespace SlipwayBuild;

/// <summary>Placeholder entry point until the engine lands.</summary>
internal static class Program
{
    private static int Main() => 0;
}
