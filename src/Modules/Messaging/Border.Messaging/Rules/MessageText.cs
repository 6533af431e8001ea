using Border.Shared.Validation;
using Border.Messaging.Contracts;

namespace Border.Messaging.Rules;

internal static class MessageText
{
    /// <summary>The message as it is kept: trimmed, line breaks as sent. A file alone is a message too.</summary>
    public static string Checked(string? body, bool hasFile)
    {
        var text = (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0 && !hasFile)
        {
            throw Refusal.Of(new ValidationFailure("Body", "Write your message."));
        }

        if (text.Length > MessageLimits.BodyMaxLength)
        {
            throw Refusal.Of(new ValidationFailure("Body", "The message must be at most {0} characters.", MessageLimits.BodyMaxLength));
        }

        return text;
    }

    public static string Subject(string? subject)
    {
        var text = (subject ?? "").Trim();
        if (text.Length == 0)
        {
            throw Refusal.Of(new ValidationFailure("Subject", "Write a subject."));
        }

        if (text.Length > MessageLimits.SubjectMaxLength)
        {
            throw Refusal.Of(new ValidationFailure("Subject", "The subject must be at most {0} characters.", MessageLimits.SubjectMaxLength));
        }

        return text;
    }
}
