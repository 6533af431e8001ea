using Border.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Hosting;

public sealed class KeyRingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Data_protection_keys_live_in_postgres_encrypted_with_the_named_certificate()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var secret = protector.Protect("hello");

        await using var connection = new NpgsqlConnection(Border.Testing.TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM platform.data_protection_keys", connection);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.StartsWith("<key ", xml, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.Contains("<encryptedSecret decryptorType=\"Microsoft.AspNetCore.DataProtection.XmlEncryption.EncryptedXmlDecryptor", xml, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal));
        Assert.Equal("hello", protector.Unprotect(secret));
    }
}
