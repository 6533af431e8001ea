using System.Security.Cryptography;

namespace Border.Scheduling.Features.Requests;

/// <summary>References people read aloud or type: no 0/O, 1/I/L or U, in two groups of four ("BRD-7K3M-Q9TX").</summary>
internal static class References
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(string prefix = "BRD") =>
        $"{prefix}-{RandomNumberGenerator.GetString(Alphabet, 4)}-{RandomNumberGenerator.GetString(Alphabet, 4)}";
}
