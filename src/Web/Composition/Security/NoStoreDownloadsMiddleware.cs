namespace Border.Web.Composition.Security;

/// <summary>
/// Every download (a response with Content-Disposition: the privacy ZIP, the audit CSV, a roster, a stored file) is
/// kept out of every cache, a shelter's shared phone and a proxy alike, whatever the page that made it set.
/// </summary>
internal sealed class NoStoreDownloadsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            if (!string.IsNullOrEmpty(response.Headers.ContentDisposition))
            {
                response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
