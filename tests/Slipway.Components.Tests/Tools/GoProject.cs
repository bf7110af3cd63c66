using System.Diagnostics;

namespace Slipway.Components.Tests.Tools;

/// <summary>
/// A temporary copy of the repository's example Go program (go.mod, *.go, .goreleaser.yaml, release-contract.json,
/// Dockerfile, .mise/config.toml) with a <c>.nuke</c> directory, committed to a fresh git repository on <c>main</c>,
/// and a <c>bin</c> directory for test doubles that heads the PATH the builds see.
/// </summary>
internal sealed class GoProject : IDisposable
{
    private static readonly string[] CopiedFiles = ["go.mod", ".goreleaser.yaml", "release-contract.json", "Dockerfile", ".mise/config.toml"];
    private readonly TempDirectory _directory = new("slipway-go");

    public GoProject(bool withMiseConfig = true)
    {
        foreach (var file in CopiedFiles.Where(f => withMiseConfig || !f.StartsWith(".mise", StringComparison.Ordinal)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Combine(file))!);
            File.Copy(Path.Combine(RepositoryRoot, file), Combine(file));
        }

        foreach (var goFile in Directory.GetFiles(RepositoryRoot, "*.go"))
        {
            File.Copy(goFile, Combine(Path.GetFileName(goFile)));
        }

        if (withMiseConfig)
        {
            // The repository pins the Go its CI uses; the fixture pins the Go installed here, which Test and Lint insist on.
            var config = Combine(".mise/config.toml");
            File.WriteAllText(config, System.Text.RegularExpressions.Regex.Replace(
                File.ReadAllText(config), @"(?m)^go = ""[^""]*""", $"go = \"{InstalledGoVersion.Value}\""));
        }

        Directory.CreateDirectory(Combine(".nuke"));
        Directory.CreateDirectory(BinDirectory);
        File.WriteAllText(Combine(".gitignore"), "/dist/\n/bin/\n/.nuke/temp/\n.goreleaser-double\n");
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=Slipway Tests", "-c", "user.email=tests@slipway.invalid", "commit", "-q", "-m", "example program");
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The version of the Go on PATH (<c>1.19.8</c>), read once.</summary>
    public static Lazy<string> InstalledGoVersion { get; } = new(() =>
    {
        using var process = Process.Start(new ProcessStartInfo("go", ["env", "GOVERSION"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version.StartsWith("go", StringComparison.Ordinal) ? version[2..] : throw new InvalidOperationException($"go env GOVERSION printed '{version}'");
    });

    public string Root => _directory.Path;

    public string BinDirectory => Combine("bin");

    public string DistPath => Combine("dist");

    public string Commit => Git("rev-parse", "HEAD").Trim();

    /// <summary>The environment builds see: test doubles first, then the system directories (go, git, gcc), nothing from the developer's own PATH.</summary>
    public Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = $"{BinDirectory}:/usr/bin:/bin" };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    public string Combine(string relative) => _directory.Combine(relative.Split('/'));

    public string Write(string relative, string text) => _directory.Write(relative, text);

    /// <summary>Writes an executable script into <see cref="BinDirectory"/>.</summary>
    public string WriteTool(string name, string script)
    {
        var path = Path.Combine(BinDirectory, name);
        File.WriteAllText(path, script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }

        return path;
    }

    /// <summary>Links a real program into <see cref="BinDirectory"/>.</summary>
    public void LinkTool(string name, string target) => File.CreateSymbolicLink(Path.Combine(BinDirectory, name), target);

    /// <summary>A golangci-lint TEST DOUBLE that finds nothing (golangci-lint is not installable here).</summary>
    public void AddCleanGolangciLintDouble() =>
        WriteTool("golangci-lint", "#!/bin/sh\n# TEST DOUBLE of golangci-lint: reports no issues.\necho \"0 issues.\"\nexit 0\n");

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    public void Dispose() => _directory.Dispose();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "go.mod")) && File.Exists(Path.Combine(dir.FullName, "Slipway.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (go.mod next to Slipway.slnx) not found above " + AppContext.BaseDirectory);
    }
}
