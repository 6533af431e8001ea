namespace Border.Cases.Rules;

/// <summary>Receipt numbers: CAS-XXXX-XXXX-C, with a Luhn mod N check character (Border.Shared.References).</summary>
internal static class Receipts
{
    public const string Prefix = "CAS";
}
