namespace Slipway.Testing;

/// <summary>Which media types a <see cref="MultiPlatformImage"/> is written with.</summary>
public enum ImageFormat
{
    /// <summary>OCI image manifests under an OCI image index.</summary>
    Oci,

    /// <summary>Docker schema 2 manifests under a Docker manifest list.</summary>
    Docker,
}
