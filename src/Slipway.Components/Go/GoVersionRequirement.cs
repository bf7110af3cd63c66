using System.Diagnostics;
using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// Stops a run before any target starts when the Go that would run is older than the Go the project asks for: the
/// version pinned for mise (<c>.mise/config.toml</c>, <c>mise.toml</c>, <c>.mise.toml</c>, else <c>.tool-versions</c>)
/// and the one each module's go.mod and the go.work require (the <c>toolchain</c> line, else the <c>go</c> line).
/// Without it an old Go starts and fails on the first newer feature with a message that names neither version.
/// Use it as a requirement: <c>.Requires(() =&gt; GoVersionRequirement.Check(this))</c>.
/// </summary>
public static class GoVersionRequirement
{
    /// <summary>True when the Go found satisfies every requirement, or when there is no Go to check (its tool requirement reports that).</summary>
    /// <exception cref="BuildConfigurationException">The Go found is older than a requirement; the message names both versions and how to fix it.</exception>
    public static bool Check(IGoBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var required = Requirements(build.Context.RootDirectory, build.GoDirectory, GoModules.Find(build));
        if (required.Count == 0 || build.FindTool(KnownTools.Go) is not { } go || Installed(go) is not { } installed
            || GoVersion.TryParse(installed) is not { } version)
        {
            return true;
        }

        var unmet = required.Where(r => GoVersion.TryParse(r.Version) is { } wanted && version.IsOlderThan(wanted)).ToList();
        return unmet.Count == 0 ? true : throw new BuildConfigurationException(
            $"Go {installed.TrimStart('g', 'o')} ({go}) is older than the Go this project needs: "
            + string.Join("; ", unmet.Select(r => $"{r.Version.TrimStart('g', 'o')}, {r.Source}"))
            + ". Install that Go and put it first on PATH (with mise: `mise install go`, then `mise activate` or drop the older Go from PATH), then run again.");
    }

    /// <summary>The Go versions the project asks for: the mise pin first, then go.work, then each module's go.mod.</summary>
    public static IReadOnlyList<RequiredGo> Requirements(string rootDirectory, string goDirectory, IReadOnlyList<GoModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var required = new List<RequiredGo>();
        var mise = MiseConfig.Load(rootDirectory);
        if ((mise.VersionOf("go") ?? mise.VersionOf("golang")) is { } pinned)
        {
            required.Add(new RequiredGo(pinned, $"pinned in {mise.Source}"));
        }
        else if (ToolVersionsPin(rootDirectory) is { } listed)
        {
            required.Add(new RequiredGo(listed, "pinned in .tool-versions"));
        }

        var work = Path.Combine(goDirectory, "go.work");
        var files = (File.Exists(work) ? [GoModFile.Read(work)] : Array.Empty<GoModFile>()).Concat(modules.Select(m => m.File));
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(rootDirectory, file.Path).Replace('\\', '/');
            if (file.Toolchain is { } toolchain)
            {
                required.Add(new RequiredGo(toolchain, $"the toolchain line of {name}"));
            }
            else if (file.Go is { } line)
            {
                required.Add(new RequiredGo(line, $"the go line of {name}"));
            }
        }

        return required;
    }

    // asdf's format, which mise also reads: "golang 1.22.1" (asdf's plugin name) or "go 1.22.1"; the first version wins.
    private static string? ToolVersionsPin(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, ".tool-versions");
        return File.Exists(path)
            ? File.ReadLines(path)
                .Select(l => l.Split('#', 2)[0].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                .FirstOrDefault(p => p.Length > 1 && p[0] is "go" or "golang")?[1]
            : null;
    }

    // `go version` ("go version go1.19.8 linux/amd64"), run quietly: it runs before any target, where output would confuse.
    // GOTOOLCHAIN=local keeps a Go 1.21+ from switching to (or downloading) the toolchain go.mod names just to answer.
    private static string? Installed(string go)
    {
        var start = new ProcessStartInfo(go, ["version"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["GOTOOLCHAIN"] = "local";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var words = output.Result.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return process.ExitCode == 0 && words.Length > 2 && words[0] is "go" && words[1] is "version" ? words[2] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // Not runnable: the tool requirement or the target reports it.
        }
    }
}
