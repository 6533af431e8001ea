using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Tests.Support;
using Border.Testing;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.Mappings;

/// <summary>The module's Mapster config: it compiles, maps each member from the right column, and never reads a file's bytes for a list.</summary>
public sealed class AccountsMappingsTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public void Every_mapping_compiles_for_objects_and_for_queries()
    {
        Assert.Null(Record.Exception(() =>
        {
            new AccountsMappings().Compile();
            new AccountsMappings().CompileProjection();
        }));
    }

    [Fact]
    public async Task An_account_is_projected_into_what_other_modules_ask_of_it()
    {
        var id = await fixture.RegisterAsync();
        var email = await fixture.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Email!).SingleAsync());

        var recipient = Assert.Single(await fixture.Host.SendAsync(new GetEmailRecipients([id])));
        var status = await fixture.Host.SendAsync(new GetAccountStatus(id));
        var facts = await fixture.Host.SendAsync(new GetSchedulingFacts(id));

        Assert.Equal((id, email, "en"), (recipient.UserId, recipient.Email, recipient.Culture));
        Assert.Equal((email, false), (status!.Email, status.EmailConfirmed));
        Assert.Equal((id, ProfileFixture.Now, false, false), (facts!.UserId, facts.RegisteredAt, facts.Closed, facts.Disabled));
    }

    [Fact]
    public async Task A_file_view_asks_whether_a_thumbnail_exists_without_reading_any_ciphertext()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var sql = db.StoredFiles.ProjectToType<FileView>(scope.ServiceProvider.GetRequiredService<AccountsMappings>()).ToQueryString();

        var selected = SqlShape.SelectList(sql);
        Assert.Equal(["id", "content_type", "length", "stored_at", "thumbnail_ciphertext"], SqlShape.SelectedColumns(sql));
        Assert.Contains("IS NOT NULL", selected[^1], StringComparison.Ordinal);
        Assert.Equal(0, SqlShape.Joins(sql));
    }
}
