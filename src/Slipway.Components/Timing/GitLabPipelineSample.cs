using Slipway.Clients.GitLab;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>One GitLab pipeline with its jobs and the <c>.nuke/temp/timings.json</c> documents of its jobs' artifacts.</summary>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Jobs">Its jobs.</param>
/// <param name="Timings">Documents from its jobs' artifacts; empty when none were fetched.</param>
public sealed record GitLabPipelineSample(GitLabPipeline Pipeline, IReadOnlyList<GitLabJob> Jobs, IReadOnlyList<RunTimings> Timings);
