namespace Slipway.Components.CiGeneration;

/// <summary>What one CI attribute says about its jobs' variables, parsed once per attribute.</summary>
/// <param name="Variables">Pipeline-wide variables (also what registry names resolve against).</param>
/// <param name="SecretNames">Job variable to the secret that fills it, where it is not the secret of its own name.</param>
/// <param name="JobVariables">Target name to the variables of the job that runs it.</param>
internal sealed record JobOptions(Dictionary<string, string> Variables, Dictionary<string, string> SecretNames, Dictionary<string, Dictionary<string, string>> JobVariables)
{
    /// <summary>Adds the variables declared for any of <paramref name="job"/>'s targets to <paramref name="environment"/>.</summary>
    internal void AddJobVariables(TargetJob job, Dictionary<string, string> environment)
    {
        foreach (var target in job.TargetNames)
        {
            foreach (var (key, value) in JobVariables.GetValueOrDefault(target) ?? [])
            {
                environment[key] = value;
            }
        }
    }
}
