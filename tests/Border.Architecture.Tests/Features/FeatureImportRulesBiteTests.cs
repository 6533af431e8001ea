using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Features;

/// <summary>The rule, given made-up files: every way of reaching a sibling feature must be reported.</summary>
public sealed class FeatureImportRulesBiteTests
{
    private const string Requests = "src/Modules/Scheduling/Border.Scheduling/Features/Requests/WithdrawRequestHandler.cs";

    [Theory]
    [InlineData("using Border.Scheduling.Features.Allocation;")]
    [InlineData("var waiting = Border.Scheduling.Features.Allocation.PassedOver.Waiting(db);")]
    public void A_using_or_a_qualified_name_of_a_sibling_feature_is_reported(string line) =>
        Assert.Equal(
            $"{Requests}:2 (Scheduling feature Requests) imports feature Allocation",
            Assert.Single(FeatureImportRules.Violations([new SourceFile(Requests, $"namespace Border.Scheduling.Features.Requests;\n{line}")])));

    [Fact]
    public void A_feature_in_a_subfolder_is_named_by_its_top_folder() =>
        Assert.Contains(
            "(Accounts feature Invitations) imports feature Passwords",
            Assert.Single(FeatureImportRules.Violations([new SourceFile(
                "src/Modules/Accounts/Border.Accounts/Features/Invitations/AcceptInvitation/AcceptInvitationHandler.cs",
                "using Border.Accounts.Features.Passwords;")])),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("using Border.Scheduling.Features.Requests;")]
    [InlineData("using Border.Scheduling.Rules;")]
    [InlineData("using Border.Scheduling.Data;")]
    [InlineData("using Border.Accounts.Contracts;")]
    [InlineData("using Border.Cases.Features.Queue;")]
    public void Its_own_feature_rules_data_contracts_and_other_modules_pass(string line) =>
        Assert.Empty(FeatureImportRules.Violations([new SourceFile(Requests, line)]));

    [Fact]
    public void Files_outside_a_feature_folder_may_name_any_feature() =>
        Assert.Empty(FeatureImportRules.Violations([new SourceFile(
            "src/Modules/Scheduling/Border.Scheduling/SchedulingModule.cs", "using Border.Scheduling.Features.Allocation;")]));
}
