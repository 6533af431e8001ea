using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Group;

/// <summary>What the checks read about a group changes only with accounts.traveller-changed in Accounts' outbox, in the same save.</summary>
public sealed class TravellerChangedTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task Each_change_the_checks_read_queues_one_event_and_other_answers_or_the_same_answers_queue_none()
    {
        var id = await fixture.RegisterAsync();
        var told = await ToldAsync(id);

        await fixture.Host.SendAsync(new SaveName(id, "Rosa Elena Villalobos", null));
        Assert.Equal(++told, await ToldAsync(id));
        await fixture.Host.SendAsync(new SaveName(id, "Rosa Elena Villalobos", "Rosi"));
        await fixture.Host.SendAsync(new SaveContact(id, "+52 664 123 4567"));
        Assert.Equal(told, await ToldAsync(id));

        await fixture.Host.SendAsync(new SaveBirth(id, new DateParts("2", "1", "1980"), Sexes.Female));
        await fixture.Host.SendAsync(new SaveNationality(id, "MX", "MX"));
        Assert.Equal(told += 2, await ToldAsync(id));

        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, member)));
        Assert.True(await fixture.Host.SendAsync(new UpdateGroupMember(id, member, ValidAnswers.Member())));
        Assert.Equal(told += 2, await ToldAsync(id));
        Assert.True(await fixture.Host.SendAsync(new UpdateGroupMember(id, member, ValidAnswers.Member("Lucía Hernández Ruiz de Villalobos"))));
        Assert.True(await fixture.Host.SendAsync(new RemoveGroupMember(id, member)));
        Assert.Equal(told + 2, await ToldAsync(id));
    }

    private async Task<int> ToldAsync(Guid applicant)
    {
        var payloads = await fixture.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type == "accounts.traveller-changed").Select(m => m.Payload).ToListAsync());
        return payloads.Count(p => p.Contains(applicant.ToString(), StringComparison.Ordinal));
    }
}
