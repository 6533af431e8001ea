using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Border.Notifications.Email;

internal enum SmtpStage
{
    Connecting,
    SigningIn,
    Sending,

    /// <summary>A recipient was accepted, so DATA may have begun: a break from here on leaves the outcome unknown.</summary>
    MessageGoing,
}

/// <summary>What MailKit's exceptions say about an email: the server refused it, for now or for good, or no one knows.</summary>
internal static class SmtpAnswers
{
    /// <summary>Codes that mean Border did not sign in or encrypt as the server wants: a setting is wrong, not the email.</summary>
    private static readonly int[] SignInCodes = [454, 530, 534, 535, 538];

    public static bool IsKnown(Exception e) => e is SmtpCommandException or SmtpProtocolException or ServiceNotAuthenticatedException
        or AuthenticationException or SslHandshakeException or NotSupportedException or IOException or SocketException
        or TimeoutException or ServiceNotConnectedException or OperationCanceledException;

    /// <summary>The server cannot be reached, or says at its door that it takes nothing now.</summary>
    public static bool TurnsEveryoneAway(Exception e) =>
        e is SocketException or TimeoutException or IOException or SmtpProtocolException
        || (e is SmtpCommandException c && (int)c.StatusCode is >= 400 and < 500 && !SignInCodes.Contains((int)c.StatusCode));

    /// <summary>
    /// A reply code proves the server does not have the message, and so does a break before it took a recipient.
    /// A break after that (a timeout, a reset) leaves it unknown.
    /// </summary>
    public static SendOutcome Classify(Exception e, SmtpStage stage)
    {
        switch (e)
        {
            case SmtpCommandException command:
                return ByCode((int)command.StatusCode, $"{(int)command.StatusCode} {command.Message}", stage);
            case ServiceNotAuthenticatedException:
                return new SendOutcome(SendResult.NotSignedIn, $"530 {e.Message}");
            case AuthenticationException or SslHandshakeException or NotSupportedException:
                // A refused password, a certificate not trusted, STARTTLS or AUTH not offered: all settings.
                return new SendOutcome(SendResult.NotSignedIn, Describe(e));
        }

        return stage == SmtpStage.MessageGoing
            ? new SendOutcome(SendResult.Unknown, Describe(e))
            : new SendOutcome(SendResult.Unreachable, Describe(e));
    }

    private static SendOutcome ByCode(int code, string answer, SmtpStage stage)
    {
        if (code == 421 || (stage == SmtpStage.Connecting && code is >= 400))
        {
            // A refusal at the door is about the server, never about this email.
            return new SendOutcome(SendResult.Unreachable, answer);
        }

        if (SignInCodes.Contains(code))
        {
            return new SendOutcome(SendResult.NotSignedIn, answer);
        }

        return code switch
        {
            >= 400 and < 500 => new SendOutcome(SendResult.RetryLater, answer),
            >= 500 => new SendOutcome(SendResult.Refused, answer),
            _ => new SendOutcome(stage == SmtpStage.MessageGoing ? SendResult.Unknown : SendResult.RetryLater, answer),
        };
    }

    private static string Describe(Exception e) => $"{e.Message} {e.InnerException?.Message}".Trim();
}
