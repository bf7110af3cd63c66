using Slipway.Clients.GitHub;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>One GitHub workflow run with its jobs and the <c>timings.json</c> documents its jobs uploaded.</summary>
/// <param name="Run">The run.</param>
/// <param name="Jobs">Its jobs (latest attempt).</param>
/// <param name="Timings">Documents from its <c>timings-&lt;job id&gt;</c> artifacts; empty when none were fetched.</param>
public sealed record GitHubRunSample(GitHubWorkflowRun Run, IReadOnlyList<GitHubJob> Jobs, IReadOnlyList<RunTimings> Timings);
