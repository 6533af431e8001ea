using System.Text.RegularExpressions;
using Border.Notifications.Contracts;
using Border.Testing;
using Border.Testing.Smtp;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Support;

/// <summary>The site with a real SMTP server on loopback; tests deliver pending events and emails when they choose.</summary>
public sealed partial class MailingWebApp : BorderWebApp, IAsyncDisposable
{
    public SmtpListener Smtp { get; } = SmtpListener.Started();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Email:Smtp:Host", "127.0.0.1"),
        new("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Email:SiteUrl", "https://localhost"),
        new("Scheduler:Enabled", "false"),
    ];

    /// <summary>Hands every pending event on and sends every due email, as the background work would.</summary>
    public async Task DeliverMailAsync()
    {
        await OutboxDelivery.DeliverAllAsync(Services);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DeliverEmails());
    }

    /// <summary>The site path of the one link in the last email with this subject to this address.</summary>
    public string LinkIn(string to, string subject)
    {
        var email = Smtp.Messages.Last(m => m.RcptTo.Contains(to) && m.Message.Subject == subject);
        return SiteLink().Match(email.Message.Single("text/plain").Text).Groups[1].Value;
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    [GeneratedRegex(@"https://localhost(/account/[a-z/-]+\?user=[0-9a-f-]+(?:&email=[^&\s]+)?&code=[A-Za-z0-9_-]+)")]
    private static partial Regex SiteLink();
}
