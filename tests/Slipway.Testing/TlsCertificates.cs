using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Slipway.Testing;

/// <summary>
/// A throw-away certificate authority with a daemon (server) certificate and a client certificate, written the way
/// <c>DOCKER_CERT_PATH</c> expects them: <c>ca.pem</c>, <c>cert.pem</c>, <c>key.pem</c>.
/// </summary>
public sealed class TlsCertificates : IDisposable
{
    private readonly TempDirectory _dir = new("slipway-tls");

    /// <summary>Creates the authority and certificates; the server certificate names <paramref name="serverNames"/> (DNS names or IP addresses).</summary>
    public TlsCertificates(params string[] serverNames)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=slipway-test-ca", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Authority = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));
        Server = Issue("CN=slipway-test-daemon", serverNames, "1.3.6.1.5.5.7.3.1");
        Client = Issue("CN=slipway-test-client", [], "1.3.6.1.5.5.7.3.2");
        File.WriteAllText(_dir.Combine("ca.pem"), Authority.ExportCertificatePem());
        File.WriteAllText(_dir.Combine("cert.pem"), Client.ExportCertificatePem());
        File.WriteAllText(_dir.Combine("key.pem"), Client.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The directory to give as <c>DOCKER_CERT_PATH</c>.</summary>
    public string Directory => _dir.Path;

    /// <summary>The authority that signed both certificates.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The daemon's certificate, with its private key.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>The client's certificate, with its private key (also in <c>cert.pem</c>/<c>key.pem</c>).</summary>
    public X509Certificate2 Client { get; }

    /// <summary>Whether <paramref name="certificate"/> was issued by <see cref="Authority"/>.</summary>
    public bool Issued(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
        _dir.Dispose();
    }

    private X509Certificate2 Issue(string subject, string[] names, string usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (names.Length > 0)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in names)
            {
                if (IPAddress.TryParse(name, out var ip))
                {
                    san.AddIpAddress(ip);
                }
                else
                {
                    san.AddDnsName(name);
                }
            }

            request.CertificateExtensions.Add(san.Build());
        }

        using var signed = request.Create(Authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(8));
        return signed.CopyWithPrivateKey(key);
    }
}
