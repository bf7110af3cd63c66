namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// How each section's YAML maps to the model. Every key GoReleaser v2 defines for a section (pkg/config/config.go), and
/// the version 1 names still met (<c>tap</c>, <c>bucket</c>, <c>replacements</c>...), is known; other keys become <see cref="UnknownKey"/>s.
/// </summary>
internal static class SectionReaders
{
    /// <summary>Publisher sections that push to another repository, in the order <see cref="GoReleaserConfig.Publishers"/> lists them.</summary>
    public static readonly string[] PublisherSections = ["brews", "homebrew_casks", "scoops", "nix", "krews", "winget", "aurs", "aur_sources"];

    public static BuildConfig Build(ConfigNode node)
    {
        node.Accept("go386", "gomips", "goppc64", "goriscv64", "tool", "command", "no_unique_dist_dir", "no_main_check", "overrides", "gobinary",
            "buildmode", "asmflags", "gcflags", "hooks");
        var hooks = node.Child("hooks");
        return new BuildConfig
        {
            Path = node.Path,
            Location = node.Location,
            Id = node.String("id"),
            Main = node.String("main"),
            Dir = node.String("dir"),
            Binary = node.String("binary"),
            Builder = node.String("builder"),
            Goos = node.Strings("goos"),
            Goarch = node.Strings("goarch"),
            Goarm = node.Strings("goarm"),
            Goamd64 = node.Strings("goamd64"),
            Goarm64 = node.Strings("goarm64"),
            Targets = node.Strings("targets"),
            Ignore = [.. node.Items("ignore").Select(i =>
            {
                i.Accept("go386", "gomips", "goppc64", "goriscv64");
                return new BuildIgnore(i.String("goos"), i.String("goarch"), i.String("goarm"), i.String("goamd64"), i.String("goarm64"));
            })],
            Flags = node.Strings("flags"),
            Ldflags = node.Strings("ldflags"),
            Tags = node.Strings("tags"),
            Env = node.Strings("env"),
            ModTimestamp = node.String("mod_timestamp"),
            Skip = node.String("skip"),
            Hooks = hooks is null ? [] : [.. HookCommands(hooks, "pre"), .. HookCommands(hooks, "post")],
        };
    }

    public static ArchiveConfig Archive(ConfigNode node)
    {
        node.Accept("strip_binary_directory", "allow_different_binary_count", "rlcp");
        return new ArchiveConfig
        {
            Path = node.Path,
            Location = node.Location,
            Id = node.String("id"),
            Ids = [.. node.Strings("ids"), .. node.Strings("builds")],
            NameTemplate = node.String("name_template"),
            Formats = [.. node.Strings("formats"), .. node.Strings("format")],
            FormatOverrides = [.. node.Items("format_overrides").Select(o =>
                new ArchiveFormatOverride(o.String("goos") ?? "", [.. o.Strings("formats"), .. o.Strings("format")]))],
            Files = [.. Files(node)],
            WrapInDirectory = node.String("wrap_in_directory"),
            BuildsInfoMTime = node.Child("builds_info") is { } info ? MTime(info) : null,
            Meta = ConfigNode.IsTrue(node.String("meta")),
            Replacements = node.Map("replacements"),
        };
    }

    public static ChecksumConfig Checksum(ConfigNode node)
    {
        node.Accept("ids", "extra_files");
        return new ChecksumConfig(node.String("name_template"), node.String("algorithm"), ConfigNode.IsTrue(node.String("split")), ConfigNode.IsTrue(node.String("disable")));
    }

    public static SnapshotConfig Snapshot(ConfigNode node) => new(node.String("version_template"), node.String("name_template"), node.Location);

    public static ReleaseConfig Release(ConfigNode node)
    {
        node.Accept("replace_existing_draft", "use_existing_draft", "target_commitish", "make_latest", "name_template", "ids", "extra_files",
            "discussion_category_name", "header", "footer", "mode", "replace_existing_artifacts", "include_meta", "preflight");
        var (kind, repository) = new (ScmKind Kind, string Key)[] { (ScmKind.GitHub, "github"), (ScmKind.GitLab, "gitlab"), (ScmKind.Gitea, "gitea") }
            .Select(s => (s.Kind, Node: node.Child(s.Key))).FirstOrDefault(s => s.Node is not null);
        return new ReleaseConfig
        {
            Location = node.Location,
            Kind = repository is null ? null : kind,
            Owner = repository?.String("owner"),
            Name = repository?.String("name"),
            Prerelease = node.String("prerelease"),
            Draft = ConfigNode.IsTrue(node.String("draft")),
            Disable = node.String("disable"),
            SkipUpload = node.String("skip_upload"),
        };
    }

    public static DockerConfig Docker(ConfigNode node)
    {
        node.Accept("push_flags", "retry", "binaries", "builds");
        return new DockerConfig
        {
            Path = node.Path,
            Location = node.Location,
            Id = node.String("id"),
            Ids = node.Strings("ids"),
            Goos = node.String("goos") ?? "linux",
            Goarch = node.String("goarch") ?? "amd64",
            Goarm = node.String("goarm"),
            Goamd64 = node.String("goamd64"),
            Dockerfile = node.String("dockerfile") ?? "Dockerfile",
            ImageTemplates = node.Strings("image_templates"),
            SkipPush = node.String("skip_push"),
            ExtraFiles = node.Strings("extra_files"),
            BuildFlagTemplates = node.Strings("build_flag_templates"),
            Use = node.String("use") ?? "docker",
        };
    }

    public static DockerManifestConfig DockerManifest(ConfigNode node)
    {
        node.Accept("create_flags", "push_flags", "retry");
        return new DockerManifestConfig(node.Path, node.Location, node.String("id"), node.String("name_template") ?? "", node.Strings("image_templates"),
            node.String("skip_push"), node.String("use") ?? "docker");
    }

    public static DockerV2Config DockerV2(ConfigNode node)
    {
        node.Accept("hooks", "retry");
        var tags = node.Strings("tags");
        var platforms = node.Strings("platforms");
        return new DockerV2Config
        {
            Path = node.Path,
            Location = node.Location,
            Id = node.String("id"),
            Ids = node.Strings("ids"),
            Dockerfile = node.String("dockerfile") ?? "Dockerfile",
            Images = node.Strings("images"),
            Tags = tags.Count == 0 ? ["{{.Tag}}"] : tags,
            Platforms = platforms.Count == 0 ? DockerV2Config.DefaultPlatforms : platforms,
            BuildArgs = node.Map("build_args"),
            Labels = node.Map("labels"),
            Annotations = node.Map("annotations"),
            ExtraFiles = node.Strings("extra_files"),
            Flags = node.Strings("flags"),
            Sbom = node.String("sbom") ?? "true",
            Disable = node.String("disable"),
        };
    }

    public static KoConfig Ko(ConfigNode node)
    {
        node.Accept("main", "working_dir", "annotations", "user", "ko_data_creation_time", "sbom", "sbom_directory", "ldflags", "flags", "env", "bare",
            "preserve_import_paths", "base_import_paths", "local_domain");
        var repositories = node.Strings("repositories");
        return new KoConfig
        {
            Path = node.Path,
            Location = node.Location,
            Id = node.String("id"),
            Build = node.String("build"),
            Repositories = [.. repositories, .. node.String("repository") is { } legacy ? [legacy] : Array.Empty<string>()],
            Platforms = node.Strings("platforms"),
            Tags = node.Strings("tags"),
            Labels = node.Map("labels"),
            BaseImage = node.String("base_image"),
            CreationTime = node.String("creation_time"),
            Disable = node.String("disable"),
        };
    }

    public static PublisherConfig Publisher(string section, ConfigNode node)
    {
        // Every other option of these publishers shapes the manifest they write, not what publishing needs.
        node.Accept([.. node.Keys.Where(k => k is not ("repository" or "tap" or "bucket" or "index" or "git_url" or "private_key" or "name" or "skip_upload" or "disable"))]);
        var repository = node.Child("repository") ?? node.Child("tap") ?? node.Child("bucket") ?? node.Child("index");
        repository?.Accept("branch", "pull_request", "git");
        var git = repository?.Child("git");
        git?.Accept("ssh_command");
        return new PublisherConfig
        {
            Section = section,
            Path = node.Path,
            Location = node.Location,
            Name = node.String("name"),
            RepositoryOwner = repository?.String("owner"),
            RepositoryName = repository?.String("name"),
            Token = repository?.String("token"),
            GitUrl = git?.String("url") ?? node.String("git_url"),
            PrivateKey = git?.String("private_key") ?? node.String("private_key"),
            SkipUpload = node.String("skip_upload"),
            Disable = node.String("disable"),
        };
    }

    public static NfpmConfig Nfpm(ConfigNode node)
    {
        node.Accept([.. node.Keys.Where(k => k is not ("id" or "ids" or "builds" or "formats" or "package_name" or "file_name_template" or "mtime"))]);
        return new NfpmConfig(node.Path, node.Location, node.String("id"), [.. node.Strings("ids"), .. node.Strings("builds")], node.Strings("formats"),
            node.String("package_name"), node.String("file_name_template"), node.String("mtime"));
    }

    public static SignConfig Sign(string section, ConfigNode node)
    {
        node.Accept("id", "signature", "ids", "stdin", "stdin_file", "certificate", "output");
        var defaultCommand = string.Equals(section, "docker_signs", StringComparison.Ordinal) ? "cosign" : "gpg";
        var defaultArtifacts = section switch
        {
            "signs" => "none",
            "binary_signs" => "binary",
            _ => null,
        };
        return new SignConfig(section, node.Path, node.Location, node.String("cmd") ?? defaultCommand, node.String("artifacts") ?? defaultArtifacts,
            node.Strings("args"), node.Strings("env"));
    }

    public static SbomConfig Sbom(ConfigNode node)
    {
        node.Accept("env", "args", "documents", "ids");
        return new SbomConfig(node.Path, node.Location, node.String("id"), node.String("cmd") ?? "syft", node.String("artifacts") ?? "archive", node.String("disable"));
    }

    // A hook list holds plain commands or {cmd, dir, env, output} mappings.
    // Each announcer's other options (channels, messages, templates) shape the message, not what publishing needs.
    public static IReadOnlyList<AnnounceConfig> Announcers(ConfigNode announce)
    {
        announce.Accept("skip");
        return [.. announce.Keys.ToList().Select(name => (Name: name, Node: announce.Child(name))).Where(a => a.Node is not null).Select(a =>
        {
            a.Node!.Accept([.. a.Node.Keys.Where(k => !string.Equals(k, "enabled", StringComparison.Ordinal))]);
            return new AnnounceConfig(a.Name, a.Node.String("enabled") ?? "", a.Node.LocationOf("enabled"));
        }).Where(a => a.Enabled.Length > 0 && !string.Equals(a.Enabled.Trim(), "false", StringComparison.OrdinalIgnoreCase))];
    }

    private static IEnumerable<string> HookCommands(ConfigNode hooks, string key) =>
        hooks.Mixed(key).Select(h =>
        {
            h.Node?.Accept("dir", "env", "output");
            return h.Value ?? h.Node?.String("cmd") ?? "";
        });

    // Archive files are globs or {src, dst, strip_parent, info} mappings, mixed freely.
    private static IEnumerable<ArchiveFile> Files(ConfigNode node) =>
        node.Mixed("files").Select(f =>
        {
            f.Node?.Accept("strip_parent");
            return f.Node is { } entry
                ? new ArchiveFile(entry.String("src") ?? "", entry.String("dst"), entry.Child("info") is { } info ? MTime(info) : null, f.Location)
                : new ArchiveFile(f.Value ?? "", null, null, f.Location);
        });

    private static string? MTime(ConfigNode info)
    {
        info.Accept("owner", "group", "mode");
        return info.String("mtime");
    }
}
