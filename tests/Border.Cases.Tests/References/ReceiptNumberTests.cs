using Border.Shared.References;

namespace Border.Cases.Tests.References;

public sealed class ReceiptNumberTests
{
    private static readonly string[] Receipts = [.. Enumerable.Range(0, 300).Select(_ => ReferenceCodes.NewChecked("CAS"))];

    [Fact]
    public void A_receipt_has_the_form_CAS_XXXX_XXXX_C_from_the_shared_alphabet_and_reads_back()
    {
        foreach (var receipt in Receipts)
        {
            Assert.Matches("^CAS-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]$", receipt);
            Assert.Equal(receipt, ReferenceCodes.ParseChecked(receipt, "CAS"));
            Assert.Equal(receipt, ReferenceCodes.ParseChecked(" " + receipt.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(), "CAS"));
        }
    }

    [Fact]
    public void Every_single_mistyped_character_is_caught()
    {
        foreach (var receipt in Receipts)
        {
            var chars = Characters(receipt);
            foreach (var position in chars)
            {
                foreach (var other in ReferenceCodes.Alphabet.Where(c => c != receipt[position]))
                {
                    var typo = receipt[..position] + other + receipt[(position + 1)..];
                    Assert.Null(ReferenceCodes.ParseChecked(typo, "CAS"));
                }
            }
        }
    }

    [Fact]
    public void Every_swap_of_two_neighbouring_characters_is_caught()
    {
        foreach (var receipt in Receipts)
        {
            var compact = receipt.Replace("-", "", StringComparison.Ordinal)[3..];
            for (var i = 0; i + 1 < compact.Length; i++)
            {
                if (compact[i] == compact[i + 1])
                {
                    continue;
                }

                var swapped = compact[..i] + compact[i + 1] + compact[i] + compact[(i + 2)..];
                Assert.Null(ReferenceCodes.ParseChecked("CAS" + swapped, "CAS"));
            }
        }
    }

    [Fact]
    public void Luhn_mod_N_alone_misses_the_first_and_last_characters_swapped_which_is_why_receipts_never_put_them_side_by_side()
    {
        var body = "2Z345678";
        var swapped = "Z2345678";
        Assert.Equal(ReferenceCodes.CheckCharacter(body), ReferenceCodes.CheckCharacter(swapped));
        Assert.All(Receipts, r => Assert.DoesNotContain("2Z", r.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(Receipts, r => Assert.DoesNotContain("Z2", r.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BRD-7K3M-Q9TX")]
    [InlineData("CAS-7K3M-Q9TX")]
    [InlineData("CAS-7K3M-Q9TX-CC")]
    [InlineData("CAS-0K3M-Q9TX-C")]
    public void What_is_not_a_receipt_reads_as_nothing(string? typed) => Assert.Null(ReferenceCodes.ParseChecked(typed, "CAS"));

    private static IEnumerable<int> Characters(string receipt) => Enumerable.Range(4, receipt.Length - 4).Where(i => receipt[i] != '-');
}
