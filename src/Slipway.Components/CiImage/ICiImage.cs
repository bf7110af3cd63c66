using Slipway.Clients.Docker;
using Slipway.Clients.Http;
using Slipway.Clients.Registry;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.CiImage;

/// <summary>
/// <c>BuildCiImage</c>: makes sure the CI image for the current <c>Dockerfile.ci</c>, <c>.mise/config.toml</c>, build
/// arguments and target stage exists in the registry, tagged by content (<see cref="CiImageTag"/>), and writes its
/// reference to <c>.nuke/temp/ci-image.env</c> (<c>CI_IMAGE=host/repository:tag</c>). See <see cref="CiImageBuilder"/>
/// for the steps. Capabilities: <c>docker-build</c>, <c>registry-push</c>; CI generators should serialize runs per image
/// (<see cref="SerializationGroup"/>).
/// </summary>
public interface ICiImage : IBuild
{
    /// <summary>The CI image's Dockerfile, relative to the root (default <c>Dockerfile.ci</c>).</summary>
    [Parameter("The CI image's Dockerfile, relative to the root (default Dockerfile.ci)")]
    string? CiDockerfile => this.GetParameter(() => CiDockerfile);

    /// <summary>Registry host and repository of the CI image, without tag (e.g. <c>127.0.0.1:5000/team/ci</c>).</summary>
    [Parameter("Registry host and repository of the CI image, without tag (e.g. registry.example.com/team/ci)")]
    string? CiImage => this.GetParameter(() => CiImage);

    /// <summary>Build arguments, <c>KEY=VALUE</c>.</summary>
    [Parameter("Build arguments for the CI image, KEY=VALUE (part of the tag)")]
    string[]? CiBuildArgs => this.GetParameter(() => CiBuildArgs);

    /// <summary>The Dockerfile stage to build (default: the last).</summary>
    [Parameter("The Dockerfile stage to build (default: the last; part of the tag)")]
    string? CiTargetStage => this.GetParameter(() => CiTargetStage);

    /// <summary>Commands run in the new image before pushing, separated by <c>;</c> (see <see cref="SmokeCommands"/>).</summary>
    [Parameter("Commands run in the new image before pushing, separated by ; (default: one per tool Dockerfile.ci provides, e.g. bash --version; go version)")]
    string? CiSmokeCommands => this.GetParameter(() => CiSmokeCommands);

    /// <summary>Largest acceptable image size, e.g. <c>400MB</c> (default: no limit).</summary>
    [Parameter("Largest acceptable CI image size, e.g. 400MB or 1.5GiB (default: no limit)")]
    string? CiImageMaxSize => this.GetParameter(() => CiImageMaxSize);

    /// <summary>Registry user name (default: the Docker config file's credentials, else anonymous).</summary>
    [Parameter("Registry user name (default: credentials from the Docker config file, else anonymous)")]
    string? RegistryUsername => this.GetParameter(() => RegistryUsername);

    /// <summary>Registry password or token.</summary>
    [Parameter("Registry password or access token"), Secret]
    string? RegistryPassword => this.GetParameter(() => RegistryPassword);

    /// <summary>Allow plain HTTP to a non-loopback registry.</summary>
    [Parameter("Allow plain HTTP to a non-loopback registry")]
    bool RegistryInsecure => this.GetParameter(() => RegistryInsecure);

    /// <summary>The Docker daemon (default: <c>DOCKER_HOST</c>, then the current Docker context, then the standard socket).</summary>
    [Parameter("The Docker daemon, unix:///path or tcp://host:port (default: DOCKER_HOST, then the current Docker context, then unix:///var/run/docker.sock)")]
    string? DockerHost => this.GetParameter(() => DockerHost);

    /// <summary>Retry bounds for registry requests; a build may narrow them.</summary>
    RetryOptions CiRegistryRetry => RetryOptions.Default;

    /// <summary>The CI image tag's prefix.</summary>
    string CiImageTagPrefix => CiImageTag.DefaultPrefix;

    /// <summary>Builds, smoke-tests and pushes the CI image unless its content tag already exists.</summary>
    Target BuildCiImage => _ => _
        .Description("Builds, smoke-tests and pushes the content-tagged CI image unless the registry has it")
        .Requires(() => CiImage)
        .Uses(new BuildsCiImage(), new UsesDockerDaemon(), new ReadsRegistryCredentials(CiImageRegistry))
        .Produces(CiImageBuilder.EnvironmentFile)
        .Executes(async cancellationToken =>
        {
            var settings = CreateCiImageSettings();
            await new CiImageBuilder(settings, Context.Log).RunAsync(cancellationToken);
        });

    /// <summary>
    /// The registry CI jobs push the image to, for their credentials (<c>REGISTRY_USERNAME</c>/<c>REGISTRY_PASSWORD</c>):
    /// by default the GitLab project registry, where CI jobs run in the image.
    /// </summary>
    string CiImageRegistry => LogsInToRegistry.GitLabRegistry;

    /// <summary>The serialization group for builds of <paramref name="image"/> (GitLab resource_group, GitHub concurrency).</summary>
    static string SerializationGroup(string image) =>
        "ci-image-" + new string([.. image.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);

    /// <summary>One command per tool the Dockerfile's facts promise (see <see cref="CiImageFacts"/>), so the image is checked against what CI jobs rely on.</summary>
    string DefaultSmokeCommands(string dockerfile) =>
        CiImageFacts.SmokeCommands(CiImageFacts.Read(Context.RootDirectory, dockerfile, Tools.MiseConfig.Load(Context.RootDirectory), Pipelines.Environment.EnvironmentFacts.Default));

    /// <summary>Parses and checks the parameters; errors name the parameter.</summary>
    /// <exception cref="CiImageException">A parameter value is malformed.</exception>
    CiImageSettings CreateCiImageSettings()
    {
        string Env(string name) => Context.Environment.GetValueOrDefault(name) ?? "";
        try
        {
            var hasUser = !string.IsNullOrEmpty(RegistryUsername);
            if (hasUser != !string.IsNullOrEmpty(RegistryPassword))
            {
                throw new FormatException("--registry-username and --registry-password go together: give both, or neither to use the Docker config file's credentials.");
            }

            DockerEndpoint docker;
            try
            {
                docker = DockerEndpoint.FromEnvironment(name => string.Equals(name, "DOCKER_HOST", StringComparison.Ordinal) ? DockerHost : Context.Environment.GetValueOrDefault(name));
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"--docker-host: {ex.Message}", ex);
            }

            return new CiImageSettings
            {
                Root = Context.RootDirectory,
                Image = CiImageSettings.ParseImage(CiImage ?? ""),
                Dockerfile = CiDockerfile is { Length: > 0 } dockerfile ? dockerfile : "Dockerfile.ci",
                BuildArgs = CiImageSettings.ParseBuildArgs(CiBuildArgs),
                TargetStage = CiTargetStage is { Length: > 0 } stage ? stage : null,
                SmokeCommands = SmokeCommands.Parse(CiSmokeCommands ?? DefaultSmokeCommands(CiDockerfile is { Length: > 0 } smoked ? smoked : "Dockerfile.ci")),
                MaxSize = CiImageMaxSize is { Length: > 0 } max ? ByteSize.Parse(max) : null,
                Credentials = hasUser ? new RegistryCredentials(RegistryUsername!, RegistryPassword!) { Source = "--registry-username/--registry-password" } : null,
                DockerConfigPath = RegistryCredentials.DefaultDockerConfigPath(Env),
                Insecure = RegistryInsecure,
                Docker = docker,
                Retry = CiRegistryRetry,
                TagPrefix = CiImageTagPrefix,
                Labels = token => ImageSourceLabels.DetectAsync(Context.Processes, Context.RootDirectory, Context.Host, Context.Log, token),
            };
        }
        catch (FormatException ex)
        {
            throw new CiImageException(ex.Message.StartsWith("--", StringComparison.Ordinal) ? ex.Message : $"Bad CI image parameter: {ex.Message}", ex);
        }
    }
}
