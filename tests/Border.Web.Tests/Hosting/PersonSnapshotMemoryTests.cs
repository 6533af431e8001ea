using Border.Shared.Snapshots;
using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Hosting;

/// <summary>What PersonSnapshots keeps, on a site whose listener serves: a read that a change overtook is never kept.</summary>
public sealed class PersonSnapshotMemoryTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_part_is_read_once_then_served_until_the_person_is_forgotten()
    {
        var snapshots = await ServingAsync();
        var person = Guid.NewGuid();
        var reads = 0;
        Task<string?> Read(CancellationToken _) => Task.FromResult<string?>($"read {++reads}");

        Assert.Equal("read 1", await snapshots.GetAsync(person, "part", Read, CancellationToken.None));
        Assert.Equal("read 1", await snapshots.GetAsync(person, "part", Read, CancellationToken.None));
        snapshots.Forget(person);
        Assert.Equal("read 2", await snapshots.GetAsync(person, "part", Read, CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_read_that_a_change_overtook_is_returned_but_not_kept(bool everyone)
    {
        var snapshots = await ServingAsync();
        var person = Guid.NewGuid();
        var slow = new TaskCompletionSource<string?>();

        var overtaken = snapshots.GetAsync(person, "part", _ => slow.Task, CancellationToken.None);
        if (everyone)
        {
            snapshots.ForgetEveryone();
        }
        else
        {
            snapshots.Forget(person);
        }

        slow.SetResult("before the change");
        Assert.Equal("before the change", await overtaken);
        Assert.Equal("after", await snapshots.GetAsync(person, "part", _ => Task.FromResult<string?>("after"), CancellationToken.None));
    }

    [Fact]
    public async Task A_part_that_could_not_be_read_is_asked_again()
    {
        var snapshots = await ServingAsync();
        var person = Guid.NewGuid();

        Assert.Null(await snapshots.GetAsync(person, "part", _ => Task.FromResult<string?>(null), CancellationToken.None));
        Assert.Equal("now", await snapshots.GetAsync(person, "part", _ => Task.FromResult<string?>("now"), CancellationToken.None));
    }

    [Fact]
    public async Task A_persons_mark_stays_the_same_object_until_anything_forgets_them()
    {
        var snapshots = await ServingAsync();
        var person = Guid.NewGuid();

        var first = snapshots.Mark(person);
        Assert.NotNull(first);
        Assert.Same(first, snapshots.Mark(person));
        snapshots.Forget(Guid.NewGuid());
        Assert.Same(first, snapshots.Mark(person));

        snapshots.Forget(person);
        var second = snapshots.Mark(person);
        Assert.NotSame(first, second);
        snapshots.ForgetEveryone();
        Assert.NotSame(second, snapshots.Mark(person));
    }

    private async Task<PersonSnapshots> ServingAsync()
    {
        var snapshots = app.Services.GetRequiredService<PersonSnapshots>();
        await Eventually.TrueAsync(() => snapshots.Serving, "The site's listener never started serving.");
        return snapshots;
    }
}
