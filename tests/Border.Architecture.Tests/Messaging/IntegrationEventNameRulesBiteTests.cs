using Border.Shared.Messaging;
using Border.Shared.Outbox;

namespace Border.Architecture.Tests.Messaging;

/// <summary>The name rules and the registry, given made-up events: each slip must be reported.</summary>
public sealed class IntegrationEventNameRulesBiteTests
{
    private static readonly EventFact Submitted = new("Border.Cases.Contracts.CaseSubmitted", "Cases", "cases.case-submitted");

    private static readonly EventFact Closed = new("Border.Accounts.Contracts.AccountClosed", "Accounts", "accounts.account-closed");

    [Fact]
    public void Named_events_of_their_own_modules_pass() =>
        Assert.Empty(IntegrationEventNameRules.Violations([Submitted, Closed]));

    [Theory]
    [InlineData(null, "has no [IntegrationEvent(\"cases.name\")]")]
    [InlineData("CaseSubmitted", "not module.kebab-case")]
    [InlineData("cases.caseSubmitted", "not module.kebab-case")]
    [InlineData("cases.case_submitted", "not module.kebab-case")]
    [InlineData("scheduling.case-submitted", "does not start with its module 'cases.'")]
    public void A_missing_malformed_or_foreign_name_is_reported(string? name, string expected) =>
        Assert.Contains(expected, Assert.Single(IntegrationEventNameRules.Violations([Submitted with { Name = name }, Closed])), StringComparison.Ordinal);

    [Fact]
    public void Two_events_sharing_a_name_are_reported()
    {
        var copy = Submitted with { Type = "Border.Cases.Contracts.CaseResubmitted" };

        var violation = Assert.Single(IntegrationEventNameRules.Violations([Submitted, copy, Closed]));

        Assert.Contains("'cases.case-submitted' names Border.Cases.Contracts.CaseSubmitted and Border.Cases.Contracts.CaseResubmitted", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_refuses_two_types_with_one_name_and_a_type_without_a_name()
    {
        Assert.Contains("share a name", Assert.Throws<InvalidOperationException>(() => new IntegrationEventRegistry([typeof(Opened), typeof(Reopened)])).Message, StringComparison.Ordinal);
        Assert.Contains("has no [IntegrationEvent", Assert.Throws<InvalidOperationException>(() => new IntegrationEventRegistry([typeof(Unnamed)])).Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Opened), new IntegrationEventRegistry([typeof(Opened)]).TypeFor("cases.case-opened"));
    }

    [IntegrationEvent("cases.case-opened")]
    private sealed record Opened(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    [IntegrationEvent("cases.case-opened")]
    private sealed record Reopened(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    private sealed record Unnamed(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;
}
