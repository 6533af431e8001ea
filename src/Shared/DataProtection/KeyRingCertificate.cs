using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Border.Shared.DataProtection;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (DataProtection:Certificate:Path to a PFX with
/// :Password, or to a PEM certificate with :KeyPath to its key). Loaded once; what went wrong is kept as one line.
/// </summary>
public sealed class KeyRingCertificate
{
    public const string Section = "DataProtection:Certificate";

    private readonly Lazy<(X509Certificate2? Certificate, string? Problem)> loaded;

    public KeyRingCertificate(IConfiguration configuration) => loaded = new(() => Load(configuration.GetSection(Section)));

    public X509Certificate2? Certificate => loaded.Value.Certificate;

    /// <summary>Why there is no certificate; null when there is one.</summary>
    public string? Problem => loaded.Value.Problem;

    private static (X509Certificate2?, string?) Load(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return (null, "no certificate is named (set DataProtection__Certificate__Path)");
        }

        try
        {
            var certificate = string.IsNullOrWhiteSpace(section["KeyPath"])
                ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"])
                : X509Certificate2.CreateFromPemFile(path, section["KeyPath"]);
            return certificate.HasPrivateKey
                ? (certificate, null)
                : (null, $"the certificate {path} has no private key");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return (null, $"the certificate {path} cannot be read: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }
}
