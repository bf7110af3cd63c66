using Slipway.Components.Timing;
using Slipway.Pipelines.Model;

namespace Slipway.Components.Tests.Timing;

/// <summary>A build with the three timing targets, a fixed capture clock and pipelines given by the test.</summary>
internal sealed class TimingBuild(IReadOnlyList<Pipeline>? pipelines = null) : SlipwayBuild, ICaptureBaseline, ICheckTimings, IPlanCi
{
    public TimeProvider BaselineClock { get; } = new FixedClock(DateTimeOffset.Parse("2026-05-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<Pipeline> CiPipelines() => pipelines ?? [];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
