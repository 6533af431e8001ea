using Border.Cases.Contracts;
using Border.Cases.Tests.Support;

namespace Border.Cases.Tests.Checks;

public sealed class ScreeningTests(CasesFixture world) : IClassFixture<CasesFixture>, IAsyncLifetime
{
    private readonly Guid supervisor = Guid.CreateVersion7();

    public async Task InitializeAsync()
    {
        if (await world.CountAsync("SELECT count(*) FROM cases.watch_list") == 0)
        {
            foreach (var name in new[] { "JOSE PERES", "Maria Cruz", "Juan Martínez", "Ana Lucía Gómez" })
            {
                await world.Host.SendAsync(new AddWatchListEntry(supervisor, name, null, "Test list"));
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("José Pérez", "JOSE PERES")]
    [InlineData("María de la Cruz", "Maria Cruz")]
    [InlineData("JUAN MARTINEZ", "Juan Martínez")]
    [InlineData("Ana Lucia Gomes", "Ana Lucía Gómez")]
    public async Task Names_that_differ_in_accents_case_particles_or_one_letter_match(string traveller, string listed)
    {
        var matches = await world.Host.SendAsync(new ScreenName(traveller, null));

        var match = Assert.Single(matches, m => m.FullName == listed);
        Assert.InRange(match.Score, 0.5, 1.0);
    }

    [Theory]
    [InlineData("Pedro Sánchez")]
    [InlineData("Mario Ortega")]
    [InlineData("Josefa Cruz Ramírez")]
    [InlineData("Luis Pérez")]
    public async Task Different_people_do_not_match(string traveller) =>
        Assert.Empty(await world.Host.SendAsync(new ScreenName(traveller, null)));

    [Fact]
    public async Task A_birth_date_on_both_sides_that_differs_rules_a_name_out()
    {
        await world.Host.SendAsync(new AddWatchListEntry(supervisor, "Rosa Elena Villalobos", new DateOnly(1980, 1, 2), "Test list"));

        Assert.Single(await world.Host.SendAsync(new ScreenName("Rosa Elena Villalobos", new DateOnly(1980, 1, 2))));
        Assert.Single(await world.Host.SendAsync(new ScreenName("Rosa Elena Villalobos", null)));
        Assert.Empty(await world.Host.SendAsync(new ScreenName("Rosa Elena Villalobos", new DateOnly(1991, 5, 6))));
    }

    [Fact]
    public async Task A_traveller_on_the_watch_list_is_a_hit_with_its_score_never_a_denial_and_running_the_checks_again_keeps_one_set()
    {
        // Every test applicant is "María José Pérez López".
        await world.Host.SendAsync(new AddWatchListEntry(supervisor, "MARIA JOSE PEREZ LOPEZ", null, "Test list"));
        var (user, id, _) = await world.SubmittedAsync();

        Assert.True(await world.Host.SendAsync(new RunCaseChecks(id)) >= 1);
        var view = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), id)))!;

        var hit = Assert.Single(view.Checks, c => c.Check == CheckKind.WatchList && c.Hit && c.Arguments[1] == "MARIA JOSE PEREZ LOPEZ");
        Assert.Equal(1.0, hit.Score);
        Assert.Equal(user, hit.TravellerId);
        Assert.Equal(CaseState.Submitted, view.State);
        Assert.Equal(1, await world.CountAsync($"SELECT count(*) FROM cases.check_results WHERE case_id = $1 AND \"check\" = '{nameof(CheckKind.DocumentValid)}'", id));
        Assert.Equal(1, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-added' AND after->>'FullName' = 'MARIA JOSE PEREZ LOPEZ'"));
    }

    [Fact]
    public async Task A_child_with_the_applicant_as_parent_is_not_flagged_and_a_minor_applicant_alone_is()
    {
        var family = await world.ApplicantAsync(companions: 1);
        var (_, familyCase, _) = await world.SubmittedAsync(family);
        var familyChecks = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), familyCase)))!.Checks;
        Assert.DoesNotContain(familyChecks, c => c.Check == CheckKind.UnaccompaniedMinor && c.Hit);

        var minor = await world.ApplicantAsync();
        await world.Host.SendAsync(new Border.Accounts.Contracts.Profile.SaveBirth(minor, new Border.Accounts.Contracts.Profile.DateParts("1", "1", "2012"), Border.Accounts.Contracts.Profile.Sexes.Female));
        var (_, minorCase, _) = await world.SubmittedAsync(minor);
        var minorChecks = (await world.Host.SendAsync(new ViewCase(Guid.CreateVersion7(), minorCase)))!;
        Assert.Single(minorChecks.Checks, c => c.Check == CheckKind.UnaccompaniedMinor && c.Hit);
        Assert.Equal(ChecksStatus.Hits, (await world.Host.SendAsync(new ListCaseQueue(Guid.CreateVersion7(), new CaseQueueFilter(Checks: ChecksStatus.Hits)))).Cases.Single(c => c.Id == minorCase).Checks);
    }
}
