using Border.Cases.Contracts;
using Border.Cases.Tests.Support;

namespace Border.Cases.Tests.Staff;

public sealed class WatchListPagesTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task A_search_ignores_accents_and_case_pages_by_fifty_and_every_read_is_audited()
    {
        var supervisor = Guid.CreateVersion7();
        var jose = await world.Host.SendAsync(new AddWatchListEntry(supervisor, "José Pérez Quintanilla", new DateOnly(1980, 5, 1), "Court order"));
        await world.Host.SendAsync(new AddWatchListEntry(supervisor, "Pedro Quintanilla Ruiz", null, "Court order"));
        for (var i = 0; i < 52; i++)
        {
            await world.Host.SendAsync(new AddWatchListEntry(supervisor, $"Xochitl Yzaguirre {i:00}", null, "Bulk"));
        }

        var found = await world.Host.SendAsync(new ListWatchList(supervisor, "  JOSE perez ", 1));
        var item = Assert.Single(found.Items);
        Assert.Equal((jose, "José Pérez Quintanilla", (DateOnly?)new DateOnly(1980, 5, 1), "Court order"), (item.Id, item.FullName, item.BirthDate, item.Reason));
        Assert.Equal(2, (await world.Host.SendAsync(new ListWatchList(supervisor, "quintanilla"))).Total);

        var first = await world.Host.SendAsync(new ListWatchList(supervisor, "yzaguirre", 1));
        Assert.Equal((52, 2, ListWatchList.PageSize), (first.Total, first.TotalPages, first.Items.Count));
        Assert.Equal("Xochitl Yzaguirre 00", first.Items[0].FullName);
        var second = await world.Host.SendAsync(new ListWatchList(supervisor, "yzaguirre", 2));
        Assert.Equal(["Xochitl Yzaguirre 50", "Xochitl Yzaguirre 51"], second.Items.Select(i => i.FullName));
        Assert.Equal(2, (await world.Host.SendAsync(new ListWatchList(supervisor, "yzaguirre", 99))).Page);

        // LIKE's wildcards are plain characters in a search.
        Assert.Equal(0, (await world.Host.SendAsync(new ListWatchList(supervisor, "%", 1))).Total);
        Assert.Equal(0, (await world.Host.SendAsync(new ListWatchList(supervisor, "_", 1))).Total);
        Assert.Equal(7, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-viewed' AND actor_id = $1", supervisor));
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-viewed' AND actor_id = $1 AND after->>'Search' = 'JOSE perez'", supervisor));
    }

    [Fact]
    public async Task A_removed_name_leaves_the_list_and_screening_and_the_removal_is_audited_with_what_was_removed()
    {
        var supervisor = Guid.CreateVersion7();
        var id = await world.Host.SendAsync(new AddWatchListEntry(supervisor, "Wenceslao Ixtlahuaca", null, "Fraud"));
        Assert.Contains(await world.Host.SendAsync(new ScreenName("WENCESLAO IXTLAHUACA", null)), m => m.EntryId == id);

        Assert.True(await world.Host.SendAsync(new RemoveWatchListEntry(supervisor, id)));
        Assert.False(await world.Host.SendAsync(new RemoveWatchListEntry(supervisor, id)));

        Assert.Equal(0, (await world.Host.SendAsync(new ListWatchList(supervisor, "Ixtlahuaca"))).Total);
        Assert.DoesNotContain(await world.Host.SendAsync(new ScreenName("WENCESLAO IXTLAHUACA", null)), m => m.EntryId == id);
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-removed' AND actor_id = $1 AND before->>'FullName' = 'Wenceslao Ixtlahuaca'", supervisor));
    }

    [Fact]
    public async Task A_name_without_a_reason_is_refused_in_spanish_by_the_field()
    {
        var refused = await Refusals.OneOf(() => Refusals.InSpanish(() => world.Host.SendAsync(new AddWatchListEntry(Guid.CreateVersion7(), "Nombre Cualquiera", null, " "))));
        Assert.Equal("Reason", refused.Field);
        Assert.StartsWith("Indique por qué", refused.Message, StringComparison.Ordinal);
    }
}
