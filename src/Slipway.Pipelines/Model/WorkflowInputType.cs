namespace Slipway.Pipelines.Model;

/// <summary>The type of a <see cref="WorkflowInput"/> (GitHub <c>inputs.&lt;id&gt;.type</c>).</summary>
public enum WorkflowInputType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>One of <see cref="WorkflowInput.Options"/> (workflow_dispatch only; workflow_call takes it as a string).</summary>
    Choice,
}
