namespace Slipway.Pipelines.Model;

/// <summary>What a matching <see cref="JobRule"/> does with its job.</summary>
public enum RuleWhen
{
    /// <summary>Run it when its needs succeeded.</summary>
    OnSuccess,

    /// <summary>Offer it to be started by hand (GitLab <c>when: manual</c>, not blocking the pipeline).</summary>
    Manual,
}
