using System.Security.Cryptography;

namespace Border.Shared.References;

/// <summary>
/// References people read aloud or type: no 0/O, 1/I/L or U, in groups of four ("BRD-7K3M-Q9TX"). A checked
/// reference ("CAS-7K3M-Q9TX-C") ends with a Luhn mod N character over its eight characters, so one mistyped
/// character or two neighbours swapped is caught before anything is looked up.
/// </summary>
public static class ReferenceCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private const int N = 30;

    public static string New(string prefix = "BRD") =>
        $"{prefix}-{RandomNumberGenerator.GetString(Alphabet, 4)}-{RandomNumberGenerator.GetString(Alphabet, 4)}";

    /// <summary>
    /// A new checked reference. Luhn mod N cannot see the first and last characters of its alphabet swapped
    /// ("2Z" for "Z2"), so a body where they would stand side by side is drawn again: every reference handed out has no
    /// neighbour swap the check misses.
    /// </summary>
    public static string NewChecked(string prefix)
    {
        while (true)
        {
            var body = RandomNumberGenerator.GetString(Alphabet, 8);
            var full = body + CheckCharacter(body);
            if (!full.Contains("2Z", StringComparison.Ordinal) && !full.Contains("Z2", StringComparison.Ordinal))
            {
                return $"{prefix}-{full[..4]}-{full[4..8]}-{full[8]}";
            }
        }
    }

    /// <summary>
    /// The reference as Border writes it when <paramref name="typed"/> is one with the right prefix and a correct
    /// check character (spaces, dashes and case are forgiven); null otherwise.
    /// </summary>
    public static string? ParseChecked(string? typed, string prefix)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var compact = new string([.. typed.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        if (!compact.StartsWith(prefix, StringComparison.Ordinal) || compact.Length != prefix.Length + 9)
        {
            return null;
        }

        var full = compact[prefix.Length..];
        if (full.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)) || CheckCharacter(full[..8]) != full[8])
        {
            return null;
        }

        return $"{prefix}-{full[..4]}-{full[4..8]}-{full[8]}";
    }

    /// <summary>Luhn mod N: from the right, every other code point doubled and its base-N digits added.</summary>
    public static char CheckCharacter(string body)
    {
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / N) + (addend % N);
        }

        return Alphabet[(N - (sum % N)) % N];
    }
}
