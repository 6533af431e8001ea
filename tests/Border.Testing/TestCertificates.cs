using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Border.Testing;

/// <summary>A self-signed certificate for the Data Protection key ring, made once per test run as `./border run` makes one.</summary>
public static class TestCertificates
{
    public const string Password = "border-test-keys";

    private static readonly Lazy<string> File = new(Create);

    /// <summary>The path of a PFX file holding the certificate and its private key.</summary>
    public static string KeyRingPath => File.Value;

    private static string Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=border-test-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"border-keys-{Environment.ProcessId}-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
