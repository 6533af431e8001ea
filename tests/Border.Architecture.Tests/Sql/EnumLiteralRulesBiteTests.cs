using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Sql;

/// <summary>The rule, given made-up sources: a spelled-out member must be reported, the typed way must pass.</summary>
public sealed class EnumLiteralRulesBiteTests
{
    private static readonly HashSet<string> Members = ["Offered", "NotSelected"];

    [Theory]
    [InlineData("WHERE status = 'Offered' AND deadline > {0}", "a.cs:1 spells out 'Offered'")]
    [InlineData("SET status = 'NotSelected'", "a.cs:1 spells out 'NotSelected'")]
    public void A_member_spelled_out_in_SQL_is_reported(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(EnumLiteralRules.Violations([new SourceFile("a.cs", line)], Members)));

    [Theory]
    [InlineData("WHERE status = {{Sql.Offered}} AND deadline > {0}")]
    [InlineData("WHERE kind = 'Unknown'")]
    [InlineData("var c = 'O';")]
    public void The_typed_way_other_words_and_chars_pass(string line) =>
        Assert.Empty(EnumLiteralRules.Violations([new SourceFile("a.cs", line)], Members));

    [Fact]
    public void The_line_of_the_literal_is_named() =>
        Assert.Equal("b.cs:3 spells out 'Offered'", Assert.Single(EnumLiteralRules.Violations([new SourceFile("b.cs", "x\ny\nstatus = 'Offered'")], Members)));
}
