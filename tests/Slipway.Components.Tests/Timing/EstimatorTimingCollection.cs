using Xunit;

namespace Slipway.Components.Tests.Timing;

/// <summary>Runs the estimator's timing test alone: other test classes running alongside would load the two cores
/// unevenly between its calibration run and its measured run.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EstimatorTimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "slipway-estimator-timing";
}
