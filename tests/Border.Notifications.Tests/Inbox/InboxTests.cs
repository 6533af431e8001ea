using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Notifications.Tests.Inbox;

public sealed class InboxTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private BorderHost Host => database.Host;

    [Fact]
    public async Task The_inbox_lists_newest_first_in_pages_with_the_unread_count()
    {
        var person = Guid.NewGuid();
        await AddAsync(person, count: 45);

        var first = await Host.SendAsync(new ListNotifications(person, 1));
        var last = await Host.SendAsync(new ListNotifications(person, 3));

        Assert.Equal((20, 3, 45), (first.Items.Count, first.TotalPages, first.Unread));
        Assert.True(first.Items.Zip(first.Items.Skip(1)).All(pair => pair.First.CreatedAt >= pair.Second.CreatedAt));
        Assert.Equal(5, last.Items.Count);
        Assert.True(first.Items[^1].CreatedAt > last.Items[0].CreatedAt);
        Assert.Equal(3, (await Host.SendAsync(new ListNotifications(person, 99))).Page);
    }

    [Fact]
    public async Task Opening_marks_read_and_leads_to_the_thing_it_is_about()
    {
        var person = Guid.NewGuid();
        var id = (await AddAsync(person, count: 2))[0];

        Assert.Equal("/", await Host.SendAsync(new OpenNotification(person, id)));

        Assert.Equal(1, await Host.SendAsync(new CountUnreadNotifications(person)));
        var page = await Host.SendAsync(new ListNotifications(person, 1));
        Assert.True(page.Items.Single(i => i.Id == id).Read);
    }

    [Fact]
    public async Task One_person_can_neither_see_nor_open_anothers_notifications()
    {
        var owner = Guid.NewGuid();
        var stranger = Guid.NewGuid();
        var id = (await AddAsync(owner, count: 1))[0];

        Assert.Null(await Host.SendAsync(new OpenNotification(stranger, id)));
        Assert.Empty((await Host.SendAsync(new ListNotifications(stranger, 1))).Items);
        Assert.Equal(0, await Host.SendAsync(new MarkAllNotificationsRead(stranger)));
        Assert.Equal(1, await Host.SendAsync(new CountUnreadNotifications(owner)));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_count()
    {
        var person = Guid.NewGuid();
        await AddAsync(person, count: 3);

        Assert.Equal(3, await Host.SendAsync(new MarkAllNotificationsRead(person)));

        Assert.Equal(0, await Host.SendAsync(new CountUnreadNotifications(person)));
    }

    [Fact]
    public async Task Every_notification_kind_reads_in_spanish_as_well_as_english()
    {
        var person = Guid.NewGuid();
        await AddAsync(person, count: 1, kinds: [.. NotificationTemplates.Kinds, "a-kind-from-a-newer-version"]);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = (await Host.SendAsync(new ListNotifications(person, 1))).Items;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            var spanish = (await Host.SendAsync(new ListNotifications(person, 1))).Items;

            Assert.All(english.Zip(spanish), pair =>
            {
                Assert.NotEqual(pair.First.Title, pair.Second.Title);
                Assert.NotEqual(pair.First.Body, pair.Second.Body);
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Many_people_told_at_once_each_get_their_own_item_and_email_in_their_language_once()
    {
        var people = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var told = new NotificationsRequested(
            Guid.NewGuid(), DateTimeOffset.UtcNow, [.. people, people[0]], NotificationKinds.NotSelected,
            new Dictionary<string, NotificationArgument>
            {
                ["port"] = NotificationArgument.Of("Laredo"),
                ["drawDay"] = NotificationArgument.Date(new DateOnly(2026, 11, 24)),
            },
            "/appointments");
        await Host.PublishAsync(told);
        await Host.PublishAsync(told);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            foreach (var person in people)
            {
                var item = Assert.Single((await Host.SendAsync(new ListNotifications(person, 1))).Items);
                Assert.Contains("Laredo", item.Body, StringComparison.Ordinal);
                Assert.Equal("/appointments", await Host.SendAsync(new OpenNotification(person, item.Id)));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await using var check = Host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.Equal(3, await db.Emails.CountAsync(e => people.Contains(e.RecipientId) && e.Status == EmailStatus.Pending));
    }

    private async Task<List<Guid>> AddAsync(Guid person, int count, IReadOnlyList<string>? kinds = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var rows = (kinds ?? Enumerable.Repeat("welcome", count).ToList()).Select((kind, i) => new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientId = person,
            Kind = kind,
            SourceEventId = Guid.NewGuid(),
            CreatedAt = start.AddSeconds(i),
        }).ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.OrderByDescending(r => r.CreatedAt).Select(r => r.Id)];
    }
}
