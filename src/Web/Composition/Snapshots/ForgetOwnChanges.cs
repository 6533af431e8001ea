using System.Security.Claims;
using Border.Shared.Snapshots;

namespace Border.Web.Composition.Snapshots;

/// <summary>
/// A person's own change must show on the very next page, without waiting for the database's notice: their snapshot
/// is forgotten before a post runs (so what it decides from is read fresh) and after it (so the page it sends them to
/// reads what it saved). A link that changes something (opening a notification marks it read, an email link
/// confirms the address) sends the person on with a redirect, so a redirect forgets it too.
/// </summary>
internal sealed class ForgetOwnChanges(RequestDelegate next, PersonSnapshots snapshots)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var person))
        {
            await next(context);
            return;
        }

        var reads = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!reads)
        {
            snapshots.Forget(person);
        }

        try
        {
            await next(context);
        }
        finally
        {
            if (!reads || context.Response.StatusCode is >= 300 and < 400)
            {
                snapshots.Forget(person);
            }
        }
    }
}
