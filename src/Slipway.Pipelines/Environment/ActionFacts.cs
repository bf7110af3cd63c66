namespace Slipway.Pipelines.Environment;

/// <summary>Facts about one GitHub Action the writers emit: its pinned major and the inputs that major accepts.</summary>
/// <param name="Name"><c>owner/name</c>, e.g. <c>actions/checkout</c>.</param>
/// <param name="Pinned">The major the writers use, e.g. <c>v7</c>.</param>
/// <param name="Majors">Every major tag the repository has.</param>
/// <param name="Inputs">The inputs the pinned major's <c>action.yml</c> declares.</param>
/// <param name="Source">The repository the facts were read from.</param>
/// <param name="Checked">When they were read.</param>
public sealed record ActionFacts(string Name, string Pinned, IReadOnlyList<string> Majors, IReadOnlySet<string> Inputs, string Source, string Checked)
{
    /// <summary>The <c>uses:</c> value: <c>owner/name@major</c>.</summary>
    public string Reference => $"{Name}@{Pinned}";
}
