namespace Slipway;

/// <summary>
/// What every build and component sees. Components are interfaces deriving from this one, with targets as
/// default members: <c>interface ITest : IBuild { Target Test => _ => _.Executes(() => Context.Log.Information("...")); }</c>.
/// </summary>
public interface IBuild
{
    /// <summary>The run's context: root, host, logger, tools, parameters, cancellation.</summary>
    BuildContext Context { get; }
}
