namespace Slipway.Pipelines.Model;

/// <summary>
/// Something a job needs prepared before its command runs. A closed set: <see cref="DotNetSetup"/>,
/// <see cref="GoSetup"/>, <see cref="GoReleaserSetup"/>, <see cref="MiseToolsSetup"/>, <see cref="QemuSetup"/>, <see cref="DockerBuildxSetup"/>,
/// <see cref="RegistryLoginSetup"/>, <see cref="FullGitHistorySetup"/>. Writers emit them in that fixed order.
/// </summary>
public abstract record SetupRequirement
{
    private protected SetupRequirement()
    {
    }

    /// <summary>Position in the fixed setup order, so the written steps do not depend on list order.</summary>
    internal abstract int Order { get; }
}
