using Border.Cases.Contracts.Requirements;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Cases.Tests.Support;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Cases.Tests.Requirements;

public sealed class RequirementVersionTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    [Fact]
    public async Task Supervisors_publishing_the_same_version_at_once_one_wins_and_the_others_are_refused()
    {
        var supervisors = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToArray();

        var results = await Task.WhenAll(supervisors.Select(s => Task.Run(async () =>
        {
            try
            {
                return await world.Host.SendAsync(new PublishRequirement(s, "ports", 1, $"Ports by {s}", "Eight ports.", "Puertos", "Ocho puertos."));
            }
            catch (RequestValidationException refused)
            {
                Assert.Equal("Version", Assert.Single(refused.Failures).Field);
                return false;
            }
        })));

        Assert.Equal(1, results.Count(r => r));
        var draft = (await world.Host.SendAsync(new GetRequirementForEditing("ports")))!;
        Assert.Equal(2, draft.Version);
        Assert.Equal([2, 1], draft.History.Select(v => v.Number));
        Assert.Equal($"Ports by {supervisors[Array.IndexOf(results, true)]}", draft.TitleEnglish);
    }

    [Fact]
    public async Task A_published_version_can_be_neither_changed_nor_deleted()
    {
        await using var scope = world.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();

        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE cases.requirement_versions SET title_english = 'Changed'"));
        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM cases.requirement_versions"));
        Assert.Equal(8, await db.RequirementPages.CountAsync());
    }

    [Fact]
    public async Task Every_seeded_page_has_English_and_Spanish_and_each_case_kind_has_its_page()
    {
        var english = await world.Host.SendAsync(new ListRequirementPages("en"));
        var spanish = await world.Host.SendAsync(new ListRequirementPages("es"));

        Assert.All(english, link => Assert.Equal("en", link.Language));
        Assert.All(spanish, link => Assert.Equal("es", link.Language));
        Assert.Equal(english.Select(l => l.Slug), spanish.Select(l => l.Slug));
        Assert.Equal(
            Contracts.Catalogue.CaseCatalogue.Kinds.Select(k => k.Slug),
            english.Where(l => l.Topic == RequirementTopic.CaseKinds).Select(l => l.Slug));
    }

    [Theory]
    [InlineData("## Top\n\n### Under", "<h2>Top</h2>\n<h3>Under</h3>\n")]
    [InlineData("# Top", "<h2>Top</h2>\n")]
    [InlineData("<b onclick=\"x()\">bold</b>", "<p>&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</p>\n")]
    [InlineData("[a](javascript:alert(1)) [b](//evil.example) [c](https://cbp.gov) [d](/requirements)", "<p><a href=\"#\">a</a> <a href=\"#\">b</a> <a href=\"https://cbp.gov\">c</a> <a href=\"/requirements\">d</a></p>\n")]
    public void Markdown_is_rendered_with_raw_HTML_as_text_headings_from_h2_and_only_safe_links(string markdown, string html)
    {
        Assert.Equal(html, RequirementMarkdown.ToHtml(markdown));
    }
}
