using Border.Shared.Snapshots;
using Npgsql;

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
        try
        {
            await listener.CatchUpAsync(cancellationToken);
        }
        catch (NpgsqlException)
        {
            // The database does not answer (a test of an outage): nothing can have been committed to hear, and the
            // listener, which loses its connection too, stops serving from memory. A notice not heard in time still fails.
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
