using Border.Shared.Snapshots;

namespace Border.Testing;

/// <summary>
/// Before each request, waits until the site has heard every change committed so far (the database's notices that
/// forget person snapshots), as a person clicking after someone else acted always has. A test that changes data as
/// someone else and reads the page straight after then never races the notice; a site that does not hear it fails.
/// </summary>
internal sealed class CatchUpHandler(PersonChangeListener listener) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await listener.CatchUpAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
