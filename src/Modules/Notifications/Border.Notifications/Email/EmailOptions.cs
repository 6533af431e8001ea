namespace Border.Notifications.Email;

internal sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "Border <no-reply@border.test>";

    /// <summary>The site's public address; every link in an email starts with it.</summary>
    public string SiteUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>When set, emails are written as .eml files here instead of sent (development).</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An email still not delivered after this long is recorded as failed: it would no longer be true.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>One run of the job stops after this long; the next run goes on.</summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Senders working side by side, each with its own connection.</summary>
    public int Concurrency { get; set; } = 2;
}

internal sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>None (plain, a relay on this machine), StartTls (usually port 587) or Implicit (TLS from the first byte, port 465).</summary>
    public SmtpTls Tls { get; set; } = SmtpTls.None;

    /// <summary>The older switch, kept so existing settings still work: true means STARTTLS unless <see cref="Tls"/> says more.</summary>
    public bool EnableSsl
    {
        get => Tls != SmtpTls.None;
        set
        {
            if (value && Tls == SmtpTls.None)
            {
                Tls = SmtpTls.StartTls;
            }
        }
    }

    /// <summary>
    /// SHA-256 of the server's certificate (hex), for a private relay with a self-signed one: that certificate
    /// and no other is trusted. Unset, the certificate must chain to a trusted root and name <see cref="Host"/>.
    /// </summary>
    public string? CertificateSha256 { get; set; }

    /// <summary>Border signs in only when this is set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

internal enum SmtpTls
{
    None,
    StartTls,
    Implicit,
}
