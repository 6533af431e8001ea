using Border.Testing.Smtp;

namespace Border.EndToEnd.Tests.Infrastructure;

internal static class MailSteps
{
    /// <summary>Polls the mail server: delivery is the site's background work, on its own schedule.</summary>
    public static async Task<ReceivedEmail> WaitForEmailAsync(this SiteFixture site, string to)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(250))
        {
            if (site.Smtp.Messages.FirstOrDefault(m => m.RcptTo.Contains(to)) is { } arrived)
            {
                return arrived;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No email reached {to} within a minute.");
    }

    /// <summary>The first email to <paramref name="to"/> with this subject: an address may get several.</summary>
    public static async Task<ReceivedEmail> WaitForEmailAsync(this SiteFixture site, string to, string subject)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(250))
        {
            if (site.Smtp.Messages.FirstOrDefault(m => m.RcptTo.Contains(to) && m.Message.Subject == subject) is { } arrived)
            {
                return arrived;
            }

            await Task.Delay(250);
        }

        var seen = string.Join(", ", site.Smtp.Messages.Where(m => m.RcptTo.Contains(to)).Select(m => $"\"{m.Message.Subject}\""));
        throw new TimeoutException($"No email \"{subject}\" reached {to} within a minute; it got: {seen}.");
    }
}
