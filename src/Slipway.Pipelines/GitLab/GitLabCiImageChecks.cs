using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.GitLab;

/// <summary>
/// When a job builds the image the pipeline's jobs run in (the CI image), that image must exist before they start and
/// only protected pipelines may replace the one protected pipelines trust.
/// </summary>
internal static class GitLabCiImageChecks
{
    /// <summary>Every problem with how <paramref name="pipeline"/> builds and uses its CI image.</summary>
    internal static IReadOnlyList<string> Problems(Pipeline pipeline)
    {
        var builders = pipeline.Jobs.Where(j => j.BuildsJobImage).ToList();
        var problems = new List<string>();
        foreach (var builder in builders)
        {
            if (builder.Rules.Count > 0)
            {
                problems.Add($"Job '{builder.Id}' builds the CI image only in some pipelines (rules), so the first pipeline after adoption, a merge request from a fork or a pipeline after the tag was deleted pulls an image that does not exist. Run it in every pipeline and let it skip the build when the registry has the image.");
            }

            if (pipeline.GitLab.ProtectedRefVariables.Count == 0)
            {
                problems.Add($"Job '{builder.Id}' pushes the CI image from every pipeline to one repository, so a merge request can replace the image protected branches and tags then trust. Give protected pipelines their own repository (GitLabOptions.ProtectedRefVariables).");
            }

            var jobs = pipeline.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
            foreach (var job in pipeline.Jobs.Where(j => !j.Gate && !ReferenceEquals(j, builder) && j.Image is null && !Reaches(j, builder.Id, jobs)))
            {
                problems.Add($"Job '{job.Id}' runs in the CI image but does not wait for '{builder.Id}', which makes sure it exists: it can start before the image is there. Add '{builder.Id}' to its needs.");
            }
        }

        return problems;
    }

    private static bool Reaches(PipelineJob job, string target, Dictionary<string, PipelineJob> jobs)
    {
        var pending = new Stack<string>(job.Needs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var id))
        {
            if (string.Equals(id, target, StringComparison.Ordinal))
            {
                return true;
            }

            if (seen.Add(id) && jobs.TryGetValue(id, out var needed))
            {
                foreach (var next in needed.Needs)
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }
}
