using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.GitLab;

/// <summary>
/// What a GitLab job gets: the tools of the image it runs in (from the facts, or the pipeline's own image facts), a
/// Docker daemon from the Docker-in-Docker service, and what its set-up lines do, each of which needs tools of its own.
/// </summary>
internal static class GitLabJobEnvironment
{
    /// <summary>Variables every GitLab job has without declaring them.</summary>
    internal static bool IsPredefined(string name) => name.StartsWith("CI_", StringComparison.Ordinal);

    /// <summary>The image <paramref name="job"/> runs in.</summary>
    internal static string? ImageOf(Pipeline pipeline, PipelineJob job) => job.Gate ? pipeline.GitLab.GateImage : job.Image ?? pipeline.GitLab.DefaultImage;

    /// <summary>The environment of <paramref name="job"/>.</summary>
    internal static ProvidedEnvironment For(Pipeline pipeline, PipelineJob job, EnvironmentFacts facts)
    {
        var image = ImageOf(pipeline, job);
        var environment = new ProvidedEnvironment($"the image '{image ?? "(none)"}'", Hint);
        var known = image is null ? null : pipeline.GitLab.Images.GetValueOrDefault(image) ?? facts.Images.GetValueOrDefault(image);
        if (known is null && job.Requires.Count > 0)
        {
            environment.Problem(image is null
                ? "has no image and the pipeline has no default image. Give the job or the pipeline an image."
                : $"runs in '{image}', an image whose contents are not known (facts/images.json has no entry, and the pipeline declares none), so its needs cannot be checked. Use a known image or declare what it provides.");
        }
        else if (known is not null)
        {
            environment.AddTools(known.Tools);
            if (known.Problem is { } problem)
            {
                environment.Problem($"runs in '{image}': {problem} ({known.Provenance}).");
            }
        }

        if (job.NeedsDockerDaemon)
        {
            if (facts.Services.TryGetValue(pipeline.GitLab.DockerServiceImage, out var service) && service.DockerDaemon)
            {
                environment.Add(JobNeed.DockerDaemon);
            }
            else
            {
                environment.Problem($"uses the service '{pipeline.GitLab.DockerServiceImage}', which facts/images.json does not describe as a Docker daemon.");
            }
        }

        foreach (var setup in job.Setup)
        {
            switch (setup)
            {
                case DockerBuildxSetup:
                    Requires(environment, "'docker buildx create'", [JobNeed.Tool(JobNeed.DockerCli), JobNeed.Tool(JobNeed.BuildxPlugin), JobNeed.DockerDaemon]);
                    environment.Add(JobNeed.MultiPlatformBuilder);
                    break;
                case QemuSetup qemu:
                    Requires(environment, "the QEMU set-up ('docker run tonistiigi/binfmt')", [JobNeed.Tool(JobNeed.DockerCli), JobNeed.DockerDaemon]);
                    foreach (var platform in qemu.Platforms)
                    {
                        environment.Add(JobNeed.Emulation(platform));
                    }

                    break;
                case RegistryLoginSetup login:
                    Requires(environment, "'docker login'", [JobNeed.Tool(JobNeed.DockerCli)]);
                    environment.Add(JobNeed.RegistryLogin(login.Registry));
                    break;
                case FullGitHistorySetup:
                    environment.Add(JobNeed.FullHistory);
                    break;
                default:
                    break; // .NET, Go, GoReleaser and mise tools come with the image.
            }
        }

        // Job token scopes are project settings, not part of the file.
        foreach (var need in job.Requires.Where(n => n.Kind == NeedKind.WritePermission))
        {
            environment.Add(need);
        }

        return environment;
    }

    private static void Requires(ProvidedEnvironment environment, string step, IEnumerable<JobNeed> needs)
    {
        foreach (var need in needs.Where(n => !environment.Has(n)))
        {
            environment.Problem($"{step} needs {need}, which {environment.Description} does not provide.");
        }
    }

    private static string Hint(JobNeed need) => need.Kind switch
    {
        NeedKind.Tool => "Install it in the job's image (for the CI image: Dockerfile.ci), or run the job in an image that has it.",
        NeedKind.DockerDaemon => "Give the job the Docker-in-Docker service (NeedsDockerDaemon).",
        NeedKind.MultiPlatformBuilder => "Add a Buildx set-up ('docker buildx create --driver docker-container'), with docker-cli-buildx in the image.",
        NeedKind.Emulation => "Add a QEMU set-up for that platform.",
        NeedKind.RegistryLogin => "Add a registry login for it ('docker login', with the docker CLI in the image).",
        NeedKind.FullHistory => "Fetch the whole history (GIT_DEPTH: 0).",
        _ => "Set it in the job's variables, from a masked and protected CI/CD variable or a literal.",
    };
}
