using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Testing;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Mappings;

/// <summary>The module's Mapster config: it compiles, picks the reader's language when the query runs, and reads no more than it shows.</summary>
public sealed class NotificationsMappingsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public void Every_mapping_compiles_for_objects_and_for_queries()
    {
        Assert.Null(Record.Exception(() =>
        {
            new NotificationsMappings().Compile();
            new NotificationsMappings().CompileProjection();
        }));
    }

    [Fact]
    public async Task A_policy_update_is_read_in_the_language_of_whoever_asks_from_one_compiled_projection()
    {
        var id = await PublishAsync(["nogales"]);

        var english = await InCulture("en", () => fixture.Host.SendAsync(new GetPolicyUpdate(id)));
        var spanish = await InCulture("es", () => fixture.Host.SendAsync(new GetPolicyUpdate(id)));
        var listed = await InCulture("es", () => fixture.Host.SendAsync(new ListPolicyUpdates(1)));

        Assert.Equal(("New hours", "Ports open at 6."), (english!.Title, english.Body));
        Assert.Equal(("Nuevo horario", "Los puertos abren a las 6."), (spanish!.Title, spanish.Body));
        var summary = Assert.Single(listed.Items, i => i.Id == id);
        Assert.Equal(("Nuevo horario", 0, (DateTimeOffset?)null), (summary.Title, summary.Reached, summary.CompletedAt));
        Assert.Equal(["nogales"], summary.Ports!);
    }

    [Theory]
    [InlineData("en", "title_english")]
    [InlineData("es", "title_spanish")]
    public async Task The_list_of_policy_updates_reads_only_the_readers_title_never_a_body_and_joins_nothing(string culture, string title)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var query = db.PolicyUpdates.ProjectToType<PolicyUpdateSummary>(scope.ServiceProvider.GetRequiredService<NotificationsMappings>());

        // EF evaluates the language test when the query runs and keeps only the column it chose.
        var sql = await InCulture(culture, () => Task.FromResult(query.ToQueryString()));

        Assert.Equal(["id", title, "published_at", "reached", "completed_at", "ports"], SqlShape.SelectedColumns(sql));
        Assert.DoesNotContain("body_", sql, StringComparison.Ordinal);
        Assert.Equal(0, SqlShape.Joins(sql));
    }

    private async Task<Guid> PublishAsync(string[]? ports)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var update = new PolicyUpdate
        {
            Id = Guid.CreateVersion7(),
            TitleEnglish = "New hours",
            BodyEnglish = "Ports open at 6.",
            TitleSpanish = "Nuevo horario",
            BodySpanish = "Los puertos abren a las 6.",
            PublishedBy = Guid.CreateVersion7(),
            PublishedAt = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero),
            Ports = ports,
        };
        db.PolicyUpdates.Add(update);
        await db.SaveChangesAsync();
        return update.Id;
    }

    private static async Task<T> InCulture<T>(string culture, Func<Task<T>> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
