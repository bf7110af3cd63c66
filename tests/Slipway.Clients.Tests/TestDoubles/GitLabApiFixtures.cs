using System.Globalization;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE data: GitLab REST v4 answers in the documented shapes ("List project pipelines", "List pipeline
/// jobs"), trimmed of fields Slipway ignores but keeping their neighbours.
/// </summary>
public static class GitLabApiFixtures
{
    public static string Pipeline(long id, long iid, string createdAt, string updatedAt, string @ref = "main", string status = "success") => $$"""
        {
          "id": {{id}},
          "iid": {{iid}},
          "project_id": 278964,
          "sha": "a91957a858320c0e17f3a0eca7cfacbff50ea29a",
          "ref": "{{@ref}}",
          "status": "{{status}}",
          "source": "push",
          "created_at": "{{createdAt}}",
          "updated_at": "{{updatedAt}}",
          "web_url": "https://gitlab.example.com/group/app/-/pipelines/{{id}}"
        }
        """;

    public static string Job(long id, string name, string stage, string? startedAt, string? finishedAt, double? duration, double? queuedDuration, string status = "success") => $$"""
        {
          "commit": { "id": "a91957a858320c0e17f3a0eca7cfacbff50ea29a", "short_id": "a91957a8", "title": "Update README" },
          "coverage": null,
          "archived": false,
          "allow_failure": false,
          "created_at": "2026-05-04T09:59:50.000Z",
          "started_at": {{Quote(startedAt)}},
          "finished_at": {{Quote(finishedAt)}},
          "erased_at": null,
          "duration": {{Number(duration)}},
          "queued_duration": {{Number(queuedDuration)}},
          "artifacts_expire_at": "2026-05-05T10:00:00.000Z",
          "tag_list": ["docker"],
          "id": {{id}},
          "name": "{{name}}",
          "pipeline": { "id": 6, "project_id": 278964, "ref": "main", "sha": "a91957a858320c0e17f3a0eca7cfacbff50ea29a", "status": "success" },
          "ref": "main",
          "artifacts": [],
          "runner": null,
          "stage": "{{stage}}",
          "status": "{{status}}",
          "failure_reason": null,
          "tag": false,
          "web_url": "https://gitlab.example.com/group/app/-/jobs/{{id}}",
          "user": { "id": 1, "username": "root" }
        }
        """;

    public static string Array(params string[] items) => "[" + string.Join(",", items) + "]";

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
