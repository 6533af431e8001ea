using Border.Notifications.Data;
using Border.Testing.Smtp;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Tests.Email;

/// <summary>Email:Smtp:Tls against a server that speaks TLS: the message goes encrypted, or waits while a setting is wrong.</summary>
public sealed class SmtpTlsTests
{
    [Theory]
    [InlineData(SmtpListenerTls.StartTls, "StartTls")]
    [InlineData(SmtpListenerTls.Implicit, "Implicit")]
    public async Task With_the_servers_certificate_pinned_the_email_goes_out_encrypted(SmtpListenerTls server, string setting)
    {
        await using var world = await EmailWorld.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Email:Smtp:Tls"] = setting,
            ["Email:Smtp:CertificateSha256"] = SmtpListener.CertificateSha256,
        });
        world.Smtp.Tls = server;
        await world.RegisterAsync("ana@example.test", "es");

        Assert.Equal(1, await world.DeliverAsync());

        Assert.True(Assert.Single(world.Smtp.Messages).Encrypted);
        Assert.Equal(EmailStatus.Sent, Assert.Single(await world.EmailsAsync()).Status);
    }

    [Fact]
    public async Task A_certificate_no_one_vouches_for_fails_no_email_they_wait_and_the_log_names_the_setting()
    {
        await using var world = await EmailWorld.CreateAsync(settings: new Dictionary<string, string?> { ["Email:Smtp:Tls"] = "Implicit" });
        world.Smtp.Tls = SmtpListenerTls.Implicit;
        await world.RegisterAsync("ana@example.test", "es");

        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal((EmailStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.Contains("certificate", row.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(world.Smtp.Messages);
        Assert.Contains(world.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Email:Smtp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Border_without_tls_against_a_server_that_requires_starttls_waits_rather_than_failing_the_email()
    {
        await using var world = await EmailWorld.CreateAsync();
        world.Smtp.Tls = SmtpListenerTls.StartTls;
        await world.RegisterAsync("ana@example.test", "es");

        Assert.Equal(0, await world.DeliverAsync());

        var row = Assert.Single(await world.EmailsAsync());
        Assert.Equal(EmailStatus.Pending, row.Status);
        Assert.StartsWith("530 ", row.LastError, StringComparison.Ordinal);
    }
}
