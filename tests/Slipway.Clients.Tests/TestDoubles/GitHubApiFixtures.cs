using System.IO.Compression;
using System.Text;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE data: GitHub REST answers in the documented shapes (REST API 2022-11-28: "List workflow runs for a
/// workflow", "List jobs for a workflow run", "List workflow run artifacts", "Get a release", "List release assets"),
/// trimmed of fields Slipway ignores but keeping their neighbours so the parser meets realistic bodies.
/// </summary>
public static class GitHubApiFixtures
{
    public static string Run(long id, string createdAt, string updatedAt, string branch = "main", string conclusion = "success") => $$"""
        {
          "id": {{id}},
          "name": "CI",
          "node_id": "WFR_kwLOA{{id}}",
          "head_branch": "{{branch}}",
          "head_sha": "acb5820ced9479c074f688cc328bf03f341a{{id % 100000:D5}}",
          "path": ".github/workflows/ci.yml",
          "display_title": "Update README.md",
          "run_number": {{id % 1000}},
          "event": "push",
          "status": "completed",
          "conclusion": "{{conclusion}}",
          "workflow_id": 159038,
          "check_suite_id": 414944374,
          "url": "https://api.github.com/repos/octo-org/octo-repo/actions/runs/{{id}}",
          "html_url": "https://github.com/octo-org/octo-repo/actions/runs/{{id}}",
          "pull_requests": [],
          "created_at": "{{createdAt}}",
          "updated_at": "{{updatedAt}}",
          "actor": { "login": "octocat", "id": 1, "type": "User" },
          "run_attempt": 1,
          "run_started_at": "{{createdAt}}",
          "jobs_url": "https://api.github.com/repos/octo-org/octo-repo/actions/runs/{{id}}/jobs",
          "artifacts_url": "https://api.github.com/repos/octo-org/octo-repo/actions/runs/{{id}}/artifacts"
        }
        """;

    public static string RunsPage(int totalCount, params string[] runs) =>
        $$"""{ "total_count": {{totalCount}}, "workflow_runs": [{{string.Join(",", runs)}}] }""";

    public static string Step(string name, int number, string startedAt, string completedAt, string conclusion = "success") => $$"""
        { "name": "{{name}}", "status": "completed", "conclusion": "{{conclusion}}", "number": {{number}}, "started_at": "{{startedAt}}", "completed_at": "{{completedAt}}" }
        """;

    public static string Job(long id, long runId, string name, string? startedAt, string? completedAt, string conclusion = "success", params string[] steps) => $$"""
        {
          "id": {{id}},
          "run_id": {{runId}},
          "workflow_name": "CI",
          "head_branch": "main",
          "run_url": "https://api.github.com/repos/octo-org/octo-repo/actions/runs/{{runId}}",
          "run_attempt": 1,
          "node_id": "CR_kwDOA{{id}}",
          "head_sha": "f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0",
          "url": "https://api.github.com/repos/octo-org/octo-repo/actions/jobs/{{id}}",
          "html_url": "https://github.com/octo-org/octo-repo/runs/{{id}}",
          "status": "completed",
          "conclusion": "{{conclusion}}",
          "created_at": "{{startedAt ?? "2026-05-04T10:00:00Z"}}",
          "started_at": {{Quote(startedAt)}},
          "completed_at": {{Quote(completedAt)}},
          "name": "{{name}}",
          "steps": [{{string.Join(",", steps)}}],
          "check_run_url": "https://api.github.com/repos/octo-org/octo-repo/check-runs/{{id}}",
          "labels": ["ubuntu-latest"],
          "runner_id": 1,
          "runner_name": "GitHub Actions 1",
          "runner_group_id": 2,
          "runner_group_name": "GitHub Actions"
        }
        """;

    public static string JobsPage(int totalCount, params string[] jobs) =>
        $$"""{ "total_count": {{totalCount}}, "jobs": [{{string.Join(",", jobs)}}] }""";

    public static string Artifact(long id, string name, long runId, bool expired = false) => $$"""
        {
          "id": {{id}},
          "node_id": "MDg6QXJ0aWZhY3Qx",
          "name": "{{name}}",
          "size_in_bytes": 556,
          "url": "https://api.github.com/repos/octo-org/octo-repo/actions/artifacts/{{id}}",
          "archive_download_url": "https://api.github.com/repos/octo-org/octo-repo/actions/artifacts/{{id}}/zip",
          "expired": {{(expired ? "true" : "false")}},
          "created_at": "2026-05-04T10:05:00Z",
          "expires_at": "2026-05-05T10:05:00Z",
          "updated_at": "2026-05-04T10:05:00Z",
          "workflow_run": { "id": {{runId}}, "repository_id": 42, "head_repository_id": 42, "head_branch": "main", "head_sha": "f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0" }
        }
        """;

    public static string ArtifactsPage(params string[] artifacts) =>
        $$"""{ "total_count": {{artifacts.Length}}, "artifacts": [{{string.Join(",", artifacts)}}] }""";

    public static string Release(long id, string tag, Uri server, bool draft = false, bool prerelease = true, params string[] assets) => $$"""
        {
          "url": "{{server}}repos/octo-org/octo-repo/releases/{{id}}",
          "html_url": "https://github.com/octo-org/octo-repo/releases/tag/{{tag}}",
          "assets_url": "{{server}}repos/octo-org/octo-repo/releases/{{id}}/assets",
          "upload_url": "{{server}}uploads/repos/octo-org/octo-repo/releases/{{id}}/assets{?name,label}",
          "tarball_url": "{{server}}repos/octo-org/octo-repo/tarball/{{tag}}",
          "zipball_url": "{{server}}repos/octo-org/octo-repo/zipball/{{tag}}",
          "id": {{id}},
          "node_id": "RE_kwDOA{{id}}",
          "tag_name": "{{tag}}",
          "target_commitish": "main",
          "name": "{{tag}}",
          "body": "Snapshot of main",
          "draft": {{(draft ? "true" : "false")}},
          "prerelease": {{(prerelease ? "true" : "false")}},
          "created_at": "2026-05-04T10:00:00Z",
          "published_at": {{(draft ? "null" : "\"2026-05-04T10:01:00Z\"")}},
          "author": { "login": "github-actions[bot]", "id": 41898282, "type": "Bot" },
          "assets": [{{string.Join(",", assets)}}]
        }
        """;

    public static string Asset(long id, string name, long size = 1024) => $$"""
        {
          "url": "https://api.github.com/repos/octo-org/octo-repo/releases/assets/{{id}}",
          "browser_download_url": "https://github.com/octo-org/octo-repo/releases/download/v0/{{name}}",
          "id": {{id}},
          "node_id": "RA_kwDOA{{id}}",
          "name": "{{name}}",
          "label": null,
          "state": "uploaded",
          "content_type": "application/gzip",
          "size": {{size}},
          "download_count": 0,
          "created_at": "2026-05-04T10:02:00Z",
          "updated_at": "2026-05-04T10:02:00Z",
          "uploader": { "login": "github-actions[bot]", "id": 41898282, "type": "Bot" }
        }
        """;

    public static byte[] Zip(params (string Path, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";
}
