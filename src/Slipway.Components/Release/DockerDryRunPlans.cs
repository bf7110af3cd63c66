using System.Globalization;
using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Templates;

namespace Slipway.Components.Release;

/// <summary>Turns the GoReleaser configuration's image entries into the builds DockerDryRun makes for the host platform.</summary>
internal static class DockerDryRunPlans
{
    /// <summary>
    /// The builds for <paramref name="platform"/>: every <c>dockers_v2</c> entry that lists it, and every <c>dockers</c> entry
    /// built for it. Templates get dist/metadata.json's values, the commit's date, and the build's environment.
    /// </summary>
    public static IReadOnlyList<DockerDryRunPlan> For(GoReleaserConfig config, DistDirectory dist, string platform, IReadOnlyDictionary<string, object?> data,
        IReadOnlyDictionary<string, string> environment)
    {
        var plans = new List<DockerDryRunPlan>();
        foreach (var entry in config.DockersV2.Where(d => !d.IsDisabled && d.Platforms.Contains(platform, StringComparer.Ordinal)))
        {
            // dockers_v2 lays binaries out as <os>/<arch>/<name>, the layout TARGETPLATFORM names.
            var binaries = Binaries(dist, platform, entry.Ids).Select(b => (dist.ResolvePath(b), platform + "/" + b.Name));
            var notChecked = new List<string>();
            var labels = Render(entry.Labels, data, environment, entry.Path + ".labels", notChecked);
            plans.Add(new DockerDryRunPlan(entry.Path, entry.Dockerfile, platform, [.. binaries, .. Extra(config, entry.ExtraFiles)],
                Render(entry.BuildArgs, data, environment, entry.Path + ".build_args", notChecked), labels, labels, notChecked));
        }

        foreach (var entry in config.Dockers.Where(d => string.Equals(d.Platform, platform, StringComparison.Ordinal)))
        {
            // dockers (v1) put the binaries at the context root; labels and build args come from build_flag_templates.
            var binaries = Binaries(dist, platform, entry.Ids).Select(b => (dist.ResolvePath(b), b.Name));
            var notChecked = new List<string>();
            var labels = Render(entry.Labels, data, environment, entry.Path + ".build_flag_templates", notChecked);
            var buildArgs = Render(BuildArgFlags(entry.BuildFlagTemplates), data, environment, entry.Path + ".build_flag_templates", notChecked);
            plans.Add(new DockerDryRunPlan(entry.Path, entry.Dockerfile, platform, [.. binaries, .. Extra(config, entry.ExtraFiles)], buildArgs, labels, labels, notChecked));
        }

        return plans;
    }

    /// <summary>The template fields a snapshot image build sees: metadata.json's, the commit date and time, the host platform, the environment.</summary>
    public static Dictionary<string, object?> Data(DistDirectory dist, DateTimeOffset? commitDate, string platform, IReadOnlyDictionary<string, string> environment)
    {
        var metadata = dist.Metadata;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ProjectName"] = metadata.ProjectName,
            ["Version"] = metadata.Version,
            ["RawVersion"] = metadata.Version,
            ["Tag"] = metadata.Tag,
            ["Commit"] = metadata.Commit,
            ["FullCommit"] = metadata.Commit,
            ["ShortCommit"] = metadata.Commit.Length >= 7 ? metadata.Commit[..7] : metadata.Commit,
            ["Date"] = metadata.Date,
            ["IsSnapshot"] = true,
            ["IsNightly"] = false,
            ["Os"] = platform.Split('/')[0],
            ["Arch"] = platform.Split('/').ElementAtOrDefault(1) ?? "",
            ["Env"] = environment.ToDictionary(e => e.Key, e => (object?)e.Value, StringComparer.Ordinal),
        };
        if (commitDate is { } date)
        {
            data["CommitDate"] = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            data["CommitTimestamp"] = date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static IEnumerable<GoReleaserArtifact> Binaries(DistDirectory dist, string platform, IReadOnlyList<string> ids) =>
        dist.Binaries.Where(b => string.Equals(b.Platform, string.Join('/', platform.Split('/').Take(2)), StringComparison.Ordinal)
            && (ids.Count == 0 || (b.Id is { } id && ids.Contains(id, StringComparer.Ordinal))));

    private static IEnumerable<(string Source, string Destination)> Extra(GoReleaserConfig config, IReadOnlyList<string> files) =>
        files.Select(f => (Path.Combine(config.Directory, f), f.Replace('\\', '/')));

    private static Dictionary<string, string> BuildArgFlags(IReadOnlyList<string> flags)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < flags.Count; i++)
        {
            var value = flags[i].StartsWith("--build-arg=", StringComparison.Ordinal) ? flags[i]["--build-arg=".Length..]
                : string.Equals(flags[i], "--build-arg", StringComparison.Ordinal) && i + 1 < flags.Count ? flags[++i] : null;
            if (value?.Split('=', 2) is [var key, var text])
            {
                args[key] = text;
            }
        }

        return args;
    }

    private static Dictionary<string, string> Render(IReadOnlyDictionary<string, string> templates, IReadOnlyDictionary<string, object?> data,
        IReadOnlyDictionary<string, string> environment, string path, List<string> notChecked)
    {
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, template) in templates)
        {
            try
            {
                rendered[key] = GoTemplate.Render(template, data, environment);
            }
            catch (TemplateException ex)
            {
                notChecked.Add($"{path}.{key}: {ex.Message}");
            }
        }

        return rendered;
    }
}
