using Border.Testing.Smtp;

namespace Border.EndToEnd.Tests.Infrastructure;

internal static class MailSteps
{
    /// <summary>
    /// The site promises an email within a minute even when the prompt kick after a commit is missed (the sweep runs every
    /// minute); the wait allows that minute plus the time the background work takes on a busy machine.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Polls the mail server: delivery is the site's background work, on its own schedule.</summary>
    public static async Task<ReceivedEmail> WaitForEmailAsync(this SiteFixture site, string to)
    {
        for (var waited = TimeSpan.Zero; waited < Patience; waited += TimeSpan.FromMilliseconds(250))
        {
            if (site.Smtp.Messages.FirstOrDefault(m => m.RcptTo.Contains(to)) is { } arrived)
            {
                return arrived;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No email reached {to} within {Patience.TotalMinutes} minutes. The site logged:\n{site.ServerErrors()}");
    }

    /// <summary>The first email to <paramref name="to"/> with this subject: an address may get several.</summary>
    public static async Task<ReceivedEmail> WaitForEmailAsync(this SiteFixture site, string to, string subject)
    {
        for (var waited = TimeSpan.Zero; waited < Patience; waited += TimeSpan.FromMilliseconds(250))
        {
            if (site.Smtp.Messages.FirstOrDefault(m => m.RcptTo.Contains(to) && m.Message.Subject == subject) is { } arrived)
            {
                return arrived;
            }

            await Task.Delay(250);
        }

        var seen = string.Join(", ", site.Smtp.Messages.Where(m => m.RcptTo.Contains(to)).Select(m => $"\"{m.Message.Subject}\""));
        throw new TimeoutException($"No email \"{subject}\" reached {to} within {Patience.TotalMinutes} minutes; it got: {seen}. The site logged:\n{site.ServerErrors()}");
    }
}
