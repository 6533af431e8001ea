using Border.Notifications.Contracts;
using Border.Shared.Validation;
using Border.Testing;

namespace Border.Notifications.Tests.PolicyUpdates;

public sealed class PublishValidationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Both_languages_are_required()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            database.Host.SendAsync(new PublishPolicyUpdate(Guid.NewGuid(), "Title", "Text", " ", "")));

        Assert.Equal(
            [("TitleSpanish", "Enter the title in Spanish."), ("BodySpanish", "Enter the text in Spanish.")],
            refused.Failures.Select(f => (f.Field, f.Message)));
        Assert.Empty((await database.Host.SendAsync(new ListPolicyUpdates(1))).Items);
    }

    [Fact]
    public async Task A_title_is_one_line_and_texts_have_a_limit()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            database.Host.SendAsync(new PublishPolicyUpdate(
                Guid.NewGuid(), "Two\nlines", new string('a', PublishPolicyUpdate.BodyMaxLength + 1), new string('t', 121), "Texto")));

        Assert.Equal(
            [
                ("TitleEnglish", "Write the title on one line."),
                ("BodyEnglish", "Keep the text to 4,000 characters or fewer."),
                ("TitleSpanish", "Keep the title to 120 characters or fewer."),
            ],
            refused.Failures.Select(f => (f.Field, f.Message)));
    }
}
