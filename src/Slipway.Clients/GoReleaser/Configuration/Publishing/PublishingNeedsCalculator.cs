using System.Text.RegularExpressions;
using Slipway.Clients.GoReleaser.Configuration.Dockerfiles;
using Slipway.Clients.GoReleaser.Configuration.Templates;

namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>The computation behind <see cref="PublishingNeeds.For"/>, from GoReleaser v2's pipes (internal/pipe/env, docker, docker/v2, ko, sign, sbom).</summary>
internal static partial class PublishingNeedsCalculator
{
    public static PublishingNeeds Calculate(GoReleaserConfig config, string builderPlatform, IReadOnlyDictionary<string, string>? variables, Func<string, DockerfileInspection?> inspect)
    {
        var unresolved = new List<string>(config.Unresolved);
        var project = config.ProjectName ?? config.Release.Name ?? config.GoModule?.Split('/')[^1] ?? "project";
        var scm = Scm(config);
        var v2 = config.DockersV2.Where(d => !d.IsDisabled).ToList();
        var kos = config.Kos.Where(k => !k.IsDisabled).ToList();
        var registries = Registries(config, v2, kos, project, variables, unresolved);
        var needsBuildx = v2.Count > 0 || config.Dockers.Any(d => IsBuildx(d.Use)) || config.DockerManifests.Any(m => IsBuildx(m.Use));
        var qemu = Qemu(config, v2, builderPlatform, inspect, unresolved);
        var sbomTools = config.Sboms.Where(s => s.CatalogsSomething).Select(s => s.Tool).ToList();
        var signs = config.Signs.Where(s => s.SignsSomething).ToList();
        var cosign = signs.Where(s => string.Equals(s.Tool, "cosign", StringComparison.Ordinal)).ToList();
        // Go and GoReleaser are the release job's own tools.
        var hookTools = config.BeforeHooks.Concat(config.Builds.SelectMany(b => b.Hooks)).Select(FirstWord).OfType<string>()
            .Where(t => t is not ("go" or "goreleaser")).Distinct(StringComparer.Ordinal).ToList();
        var proReasons = ProReasons(config);
        var tokens = RepositoryTokens(config, scm.TokenVariable);
        var environment = config.EnvironmentReferences.Concat(SignerVariables(config)).Concat(AnnouncerVariables(config)).GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => new ReleaseVariable(g.Key, g.All(r => r.Optional), ReleaseVariable.IsProvidedByCi(g.Key), [.. g.Select(r => r.Path).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        if (!scm.Disabled && !string.Equals(scm.TokenVariable, "GITHUB_TOKEN", StringComparison.Ordinal))
        {
            secrets.Add(scm.TokenVariable);
        }

        if (proReasons.Count > 0)
        {
            secrets.Add(PublishingNeeds.ProKeyVariable);
        }

        foreach (var login in registries)
        {
            foreach (var secret in new[] { login.UsernameSecret, login.PasswordSecret }.OfType<string>().Where(s => s is not ("GITHUB_TOKEN" or "CI_REGISTRY_USER" or "CI_REGISTRY_PASSWORD")))
            {
                secrets.Add(secret);
            }
        }

        // On a GitHub release GITHUB_TOKEN is the workflow's own; anywhere else it is a token to configure.
        secrets.UnionWith(environment.Where(v => v.NeedsSecret && !(scm.Kind == ScmKind.GitHub && string.Equals(v.Name, "GITHUB_TOKEN", StringComparison.Ordinal))).Select(v => v.Name));
        var dockerImages = config.Dockers.Count > 0 || v2.Count > 0;
        var tools = sbomTools.Concat(signs.Select(s => s.Tool)).Distinct(StringComparer.Ordinal).ToList();
        return new PublishingNeeds
        {
            Scm = scm,
            Registries = registries,
            NeedsDockerDaemon = dockerImages,
            NeedsBuildx = needsBuildx,
            QemuPlatforms = qemu,
            NeedsSyft = sbomTools.Contains("syft", StringComparer.Ordinal),
            NeedsCosign = cosign.Count > 0,
            CosignKeyless = cosign.Any(s => !s.Arguments.Any(a => a.Contains("--key", StringComparison.Ordinal))),
            Tools = [.. tools, .. hookTools.Where(t => !tools.Contains(t, StringComparer.Ordinal))],
            NeedsPro = proReasons.Count > 0,
            ProReasons = proReasons,
            RepositoryTokens = tokens,
            Environment = environment,
            Secrets = [.. secrets],
            HookTools = hookTools,
            FilesToProduce = [.. config.Dockers.SelectMany(d => d.ExtraFiles).Concat(v2.SelectMany(d => d.ExtraFiles))
                .Where(f => !File.Exists(Path.Combine(config.Directory, f)) && !Directory.Exists(Path.Combine(config.Directory, f))).Distinct(StringComparer.Ordinal)],
            Warnings = Warnings(tokens, scm),
            Snapshot = new SnapshotNeeds(
                dockerImages || kos.Count > 0,
                needsBuildx,
                qemu,
                [.. sbomTools.Concat(signs.Where(s => !string.Equals(s.Section, "docker_signs", StringComparison.Ordinal)).Select(s => s.Tool)).Distinct(StringComparer.Ordinal)],
                [.. (dockerImages ? new[] { "docker" } : []).Concat(kos.Count > 0 ? ["ko"] : [])]),
            Unresolved = unresolved,
        };
    }

    private static ScmNeeds Scm(GoReleaserConfig config)
    {
        var (kind, source) = config.Release.Kind is { } named ? (named, "release." + named.ToString().ToLowerInvariant())
            : config.GitLabApiUrl is not null ? (ScmKind.GitLab, "gitlab_urls")
            : config.GiteaApiUrl is not null ? (ScmKind.Gitea, "gitea_urls")
            : GitRemoteKind(config.Directory) is { } remote ? (remote, "git remote")
            : (ScmKind.GitHub, "default");
        var token = ScmNeeds.TokenVariableFor(kind);
        var others = config.EnvironmentReferences.Select(r => r.Name)
            .Where(n => ScmNeeds.AllTokenVariables.Contains(n, StringComparer.Ordinal) && !string.Equals(n, token, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        return new ScmNeeds(kind, source, token, config.Release.IsDisabled, others,
            config.ForceToken is null && others.Count > 0 ? ScmNeeds.ForceTokenValueFor(kind) : null);
    }

    // GoReleaser follows the token it finds; the remote says which token a project's CI has.
    private static ScmKind? GitRemoteKind(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            var configFile = Directory.Exists(git) ? Path.Combine(git, "config") : File.Exists(git) ? WorktreeConfig(dir.FullName, git) : null;
            if (configFile is null)
            {
                continue;
            }

            if (!File.Exists(configFile))
            {
                return null;
            }

            var url = File.ReadLines(configFile).SkipWhile(l => !l.Trim().StartsWith("[remote \"origin\"]", StringComparison.Ordinal)).Skip(1)
                .TakeWhile(l => !l.TrimStart().StartsWith('[')).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("url", StringComparison.Ordinal));
            return url is null ? null
                : url.Contains("gitlab", StringComparison.OrdinalIgnoreCase) ? ScmKind.GitLab
                : url.Contains("gitea", StringComparison.OrdinalIgnoreCase) || url.Contains("codeberg", StringComparison.OrdinalIgnoreCase) ? ScmKind.Gitea
                : url.Contains("github", StringComparison.OrdinalIgnoreCase) ? ScmKind.GitHub
                : null;
        }

        return null;
    }

    private static string? WorktreeConfig(string directory, string gitFile)
    {
        var line = File.ReadLines(gitFile).FirstOrDefault(l => l.StartsWith("gitdir:", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var gitDir = Path.GetFullPath(line["gitdir:".Length..].Trim(), directory);
        var common = Path.Combine(gitDir, "commondir");
        return Path.Combine(File.Exists(common) ? Path.GetFullPath(File.ReadAllText(common).Trim(), gitDir) : gitDir, "config");
    }

    private static List<RegistryLogin> Registries(GoReleaserConfig config, List<DockerV2Config> v2, List<KoConfig> kos, string project, IReadOnlyDictionary<string, string>? variables, List<string> unresolved)
    {
        var references = new List<(string Template, string Path)>();
        references.AddRange(config.Dockers.Where(d => !ConfigNode.IsTrue(d.SkipPush)).SelectMany(d => d.ImageTemplates.Select((t, i) => (t, $"{d.Path}.image_templates[{i}]"))));
        references.AddRange(config.DockerManifests.Where(m => !ConfigNode.IsTrue(m.SkipPush)).Select(m => (m.NameTemplate, m.Path + ".name_template")));
        references.AddRange(v2.SelectMany(d => d.Images.Select((t, i) => (t, $"{d.Path}.images[{i}]"))));
        references.AddRange(kos.SelectMany(k => k.Repositories.Select((t, i) => (t, $"{k.Path}.repositories[{i}]"))));
        if (kos.Any(k => k.Repositories.Count == 0))
        {
            unresolved.Add("kos without repositories push to $KO_DOCKER_REPO: its registry is known only at release time.");
        }

        var images = new List<(string Host, string Image)>();
        foreach (var (template, path) in references)
        {
            try
            {
                var image = ImageReferences.Render(template, project, variables);
                if (image.Length == 0)
                {
                    continue;
                }

                if (ImageReferences.RegistryHost(image) is { } host)
                {
                    images.Add((host, image));
                }
                else
                {
                    unresolved.Add($"{config.LocationOf(path)}: {path}: '{image}' is not an image name Docker accepts; its registry is unknown.");
                }
            }
            catch (TemplateException ex)
            {
                unresolved.Add($"{config.LocationOf(path)}: {path}: the registry of '{template}' is unknown offline ({ex.Message}).");
            }
        }

        return [.. images.GroupBy(i => Canonical(i.Host), StringComparer.Ordinal).Select(g => Login(g.Key, [.. g.Select(i => i.Image).Distinct(StringComparer.Ordinal)]))];
    }

    private static string Canonical(string host) =>
        host.StartsWith("$CI_REGISTRY", StringComparison.Ordinal) ? "$CI_REGISTRY" : host;

    private static RegistryLogin Login(string host, IReadOnlyList<string> images) => host switch
    {
        "ghcr.io" => new RegistryLogin(host, RegistryKind.GitHubContainerRegistry, null, "GITHUB_TOKEN", images),
        "$CI_REGISTRY" or "registry.gitlab.com" => new RegistryLogin(host, RegistryKind.GitLabContainerRegistry, "CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD", images),
        ImageReferences.DockerHub => new RegistryLogin(host, RegistryKind.DockerHub, "DOCKERHUB_USERNAME", "DOCKERHUB_TOKEN", images),
        _ => new RegistryLogin(host, RegistryKind.Other, SecretPrefix(host) + "_USERNAME", SecretPrefix(host) + "_PASSWORD", images),
    };

    private static string SecretPrefix(string host) =>
        new([.. host.TrimStart('$').Split(':')[0].ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private static List<string> Qemu(GoReleaserConfig config, List<DockerV2Config> v2, string builderPlatform, Func<string, DockerfileInspection?> inspect, List<string> unresolved)
    {
        var builds = config.Dockers.Select(d => (d.Path, d.Dockerfile, Platforms: (IReadOnlyList<string>)[d.Platform]))
            .Concat(v2.Select(d => (d.Path, d.Dockerfile, d.Platforms)));
        var platforms = new List<string>();
        foreach (var (path, dockerfile, targets) in builds)
        {
            if (GoTemplate.IsTemplate(dockerfile))
            {
                unresolved.Add($"{path}.dockerfile '{dockerfile}' is a template: whether it needs QEMU is unknown.");
                continue;
            }

            var inspection = inspect(dockerfile);
            if (inspection is null)
            {
                unresolved.Add($"{path}.dockerfile {dockerfile} does not exist: whether it needs QEMU is unknown.");
                continue;
            }

            platforms.AddRange(inspection.PlatformsNeedingEmulation(targets, builderPlatform));
        }

        return [.. platforms.Distinct(StringComparer.Ordinal)];
    }

    private static List<string> ProReasons(GoReleaserConfig config) =>
    [
        .. config.ProFlag ? new[] { "pro: true" } : [],
        .. config.ProSchema ? new[] { "the schema modeline names schema-pro.json" } : [],
        .. config.ProSections.Select(s => $"the Pro-only section {s}"),
    ];

    private static List<RepositoryToken> RepositoryTokens(GoReleaserConfig config, string releaseToken) =>
    [
        .. config.Publishers.Where(p => !p.IsSkipped).Select(p =>
        {
            var ssh = p.GitUrl is not null || p.PrivateKey is not null || p.Section.StartsWith("aur", StringComparison.Ordinal);
            var source = ssh ? p.PrivateKey : p.Token;
            var variable = source is null ? null : TemplateReferences.EnvironmentVariables(source).Select(r => r.Name).FirstOrDefault();
            return new RepositoryToken(p.Path, p.Repository ?? p.GitUrl, variable ?? (ssh ? "" : releaseToken), variable is not null, ssh);
        }),
    ];

    // cosign reads keys named env://NAME from the environment itself, outside GoReleaser's templates.
    private static IEnumerable<EnvironmentReference> SignerVariables(GoReleaserConfig config) =>
        config.Signs.SelectMany(s => s.Arguments.Select((a, i) => (Argument: a, Path: $"{s.Path}.args[{i}]")))
            .SelectMany(a => CosignEnvironmentKey().Matches(a.Argument).Select(m => new EnvironmentReference(m.Groups["name"].Value, a.Path, config.LocationOf(a.Path), false)));

    // The credentials each announcer reads from the environment itself (GoReleaser v2 internal/pipe/<name>, env:"...,notEmpty").
    private static readonly Dictionary<string, string[]> AnnouncerCredentials = new(StringComparer.Ordinal)
    {
        ["slack"] = ["SLACK_WEBHOOK"],
        ["discord"] = ["DISCORD_WEBHOOK_ID", "DISCORD_WEBHOOK_TOKEN"],
        ["teams"] = ["TEAMS_WEBHOOK"],
        ["mattermost"] = ["MATTERMOST_WEBHOOK"],
        ["telegram"] = ["TELEGRAM_TOKEN"],
        ["mastodon"] = ["MASTODON_CLIENT_ID", "MASTODON_CLIENT_SECRET", "MASTODON_ACCESS_TOKEN"],
        ["bluesky"] = ["BLUESKY_APP_PASSWORD"],
        ["reddit"] = ["REDDIT_SECRET", "REDDIT_PASSWORD"],
        ["twitter"] = ["TWITTER_CONSUMER_KEY", "TWITTER_CONSUMER_SECRET", "TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"],
        ["linkedin"] = ["LINKEDIN_ACCESS_TOKEN"],
        ["smtp"] = ["SMTP_PASSWORD"],
        ["opencollective"] = ["OPENCOLLECTIVE_TOKEN"],
        ["discourse"] = ["DISCOURSE_API_KEY"],
    };

    private static IEnumerable<EnvironmentReference> AnnouncerVariables(GoReleaserConfig config) =>
        config.Announcers.SelectMany(a => AnnouncerCredentials.GetValueOrDefault(a.Name, []).Select(name => new EnvironmentReference(name, $"announce.{a.Name}.enabled", a.Location, false)));

    private static List<string> Warnings(List<RepositoryToken> tokens, ScmNeeds scm) =>
    [
        .. tokens.Where(t => !t.Ssh && string.Equals(t.Variable, "GITHUB_TOKEN", StringComparison.Ordinal) && scm.Kind == ScmKind.GitHub).Select(t =>
            $"{t.Publisher} pushes to {t.Repository ?? "another repository"} with {(t.Explicit ? "GITHUB_TOKEN" : "the release token (it names no repository.token)")}: "
            + "the workflow's own GITHUB_TOKEN cannot push to another repository. Give it a token of its own, e.g. token: \"{{ .Env.HOMEBREW_TAP_TOKEN }}\"."),
    ];

    private static bool IsBuildx(string use) => string.Equals(use, "buildx", StringComparison.Ordinal);

    // "FOO=bar make x" runs make; "./scripts/gen.sh" runs a repository script, not a tool to install.
    private static string? FirstWord(string command)
    {
        var words = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => Assignment().IsMatch(w)).ToList();
        if (words.Count == 0 || words[0].Contains('/', StringComparison.Ordinal) || GoTemplate.IsTemplate(words[0]))
        {
            return null;
        }

        return words[0] is "sh" or "bash" && words.Count > 2 && string.Equals(words[1], "-c", StringComparison.Ordinal) ? FirstWord(string.Join(' ', words.Skip(2)).Trim('"', '\'')) : words[0];
    }

    [GeneratedRegex("env://(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CosignEnvironmentKey();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*=", RegexOptions.None, 1000)]
    private static partial Regex Assignment();
}
