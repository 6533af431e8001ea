namespace Border.Scheduling.Features.CheckIn;

/// <summary>
/// Reads a confirmation number the way an officer or a scanner gives it: "apt 7k3m q9tx", "APT7K3MQ9TX",
/// "7K3M-Q9TX" and "APT-7K3M-Q9TX" are the same number. Anything but letters and digits is ignored.
/// </summary>
internal static class ConfirmationNumbers
{
    private const string Prefix = "APT";
    private const int GroupLength = 4;

    /// <summary>The number as written ("APT-7K3M-Q9TX"), or null when the text cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var plain = new string([.. text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (plain.Length == Prefix.Length + (2 * GroupLength) && plain.StartsWith(Prefix, StringComparison.Ordinal))
        {
            plain = plain[Prefix.Length..];
        }

        return plain.Length == 2 * GroupLength ? $"{Prefix}-{plain[..GroupLength]}-{plain[GroupLength..]}" : null;
    }
}
