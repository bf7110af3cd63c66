using System.Collections.Concurrent;

namespace Slipway.Tests.TestBuilds;

/// <summary>Lets component interfaces record that they ran (interfaces cannot hold fields).</summary>
public interface IRecordingBuild : IBuild
{
    ConcurrentQueue<string> Ran { get; }
}

/// <summary>A build base class that records the targets that ran, in order.</summary>
public abstract class RecordingBuild : SlipwayBuild, IRecordingBuild
{
    public ConcurrentQueue<string> Ran { get; } = new();

    protected void Record(string name) => Ran.Enqueue(name);
}
