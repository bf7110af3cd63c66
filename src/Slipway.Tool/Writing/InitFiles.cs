using System.Reflection;
using System.Security;
using Slipway.Tool.Planning;

namespace Slipway.Tool.Writing;

/// <summary>
/// The files <c>slipway init</c> writes, and nothing else: the build (<c>build/Build.cs</c>, <c>build/_build.csproj</c>,
/// and <c>build/nuget.config</c> only with a package source), the bootstrap scripts, <c>.nuke/parameters.json</c>,
/// <c>global.json</c> when absent, and the <c>.gitignore</c> entries of the build's outputs.
/// </summary>
public static class InitFiles
{
    /// <summary>The lines added to <c>.gitignore</c> (after a comment line saying why).</summary>
    public static readonly IReadOnlyList<string> IgnoredPaths = [".nuke/temp/", "build/bin/", "build/obj/"];

    /// <summary>The files for <paramref name="plan"/>, referencing the Slipway packages at <paramref name="packageVersion"/>.</summary>
    /// <param name="plan">The build to write.</param>
    /// <param name="root">The repository root (full path).</param>
    /// <param name="packageVersion">The Slipway packages' version: the tool's own.</param>
    /// <param name="packageSource">A folder (or URL) feed to restore the Slipway packages from, or null for the configured sources.</param>
    public static IReadOnlyList<PlannedFile> For(BuildPlan plan, string root, string packageVersion, string? packageSource)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var files = new List<PlannedFile>
        {
            new("build/Build.cs", BuildSource.Render(plan)),
            new("build/_build.csproj", Project(packageVersion)),
        };
        if (packageSource is not null)
        {
            files.Add(new("build/nuget.config", NuGetConfig(root, packageSource)));
        }

        files.Add(new("build.sh", Template("build.sh"), Executable: true));
        files.Add(new("build.cmd", Template("build.cmd")));
        files.Add(new("build.ps1", Template("build.ps1")));
        files.Add(new(".nuke/parameters.json", "{\n  \"$comment\": \"Default parameter values for ./build.sh; command-line arguments and environment variables override them.\"\n}\n"));
        if (!File.Exists(Path.Combine(root, "global.json")))
        {
            files.Add(new("global.json", Template("global.json")));
        }

        files.Add(new(".gitignore", "# Slipway build outputs\n" + string.Join('\n', IgnoredPaths) + "\n", AppendLines: true));
        return files;
    }

    /// <summary>
    /// The build project. It imports none of the repository's Directory.Build.props, Directory.Build.targets or
    /// Directory.Packages.props (set before the SDK's props read them), and does not treat warnings as errors, so the
    /// build compiles whatever rules the repository's other C# projects follow.
    /// </summary>
    internal static string Project(string packageVersion) => $"""
        <Project>
          <!--
            The repository's Slipway build, written by slipway init. It compiles under its own settings: the repository's
            Directory.Build.props/.targets and central package versions are not imported, and warnings stay warnings.
          -->
          <PropertyGroup>
            <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
            <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
          </PropertyGroup>
          <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <AssemblyName>_build</AssemblyName>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <NoWarn>$(NoWarn);CS1591</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Slipway.Components" Version="{SecurityElement.Escape(packageVersion)}" />
          </ItemGroup>
          <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
        </Project>

        """;

    // NuGet reads the nuget.config next to the project on restore, in addition to the user's and machine's sources.
    // A folder inside the repository is written relative to build/, so the file works in every clone.
    private static string NuGetConfig(string root, string packageSource)
    {
        var value = packageSource;
        if (!packageSource.Contains("://", StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(packageSource);
            var relative = Path.GetRelativePath(root, full);
            value = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : Path.GetRelativePath(Path.Combine(root, "build"), full).Replace('\\', '/');
        }

        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Written by slipway init for its package-source option: where the build's Slipway packages are restored from, besides the configured sources. -->
            <configuration>
              <packageSources>
                <add key="slipway" value="{SecurityElement.Escape(value)}" />
              </packageSources>
            </configuration>

            """;
    }

    /// <summary>The text of an embedded template (this repository's own bootstrap scripts and SDK pin).</summary>
    internal static string Template(string name)
    {
        using var stream = typeof(InitFiles).Assembly.GetManifestResourceStream("Slipway.Tool.templates." + name)
            ?? throw new InvalidOperationException($"The template {name} is not embedded in {typeof(InitFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The tool's version (its informational version without the commit suffix): the Slipway packages it writes references to.</summary>
    public static string ToolVersion()
    {
        var version = typeof(InitFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(InitFiles).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return version.Split('+', 2)[0];
    }
}
