using Slipway.Components.CiGeneration;
using Slipway.Components.Timing;

namespace Slipway.Components.Tests.Timing;

/// <summary>The validation shape (<see cref="CiGeneration.IValidationShape"/>), planned by PlanCi.</summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Validate"])]
internal sealed class OptimizableCiBuild : SlipwayBuild, IGenerateCi, IPlanCi, ICaptureBaseline, CiGeneration.IValidationShape
{
}
