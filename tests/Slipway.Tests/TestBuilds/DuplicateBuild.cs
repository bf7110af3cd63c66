namespace Slipway.Tests.TestBuilds;

/// <summary>Declares Deploy.</summary>
public interface IDeployToStaging : IBuild
{
    Target Deploy => _ => _.Executes(() => { });
}

/// <summary>Declares another Deploy.</summary>
public interface IDeployToProduction : IBuild
{
    Target Deploy => _ => _.Executes(() => { });
}

/// <summary>Two unrelated components both named Deploy: discovery must refuse.</summary>
public sealed class DuplicateBuild : SlipwayBuild, IDeployToStaging, IDeployToProduction;
