using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Border.Web.Composition.Security;

/// <summary>
/// A POST that names no handler the page has (none, or one it does not know) is refused with 400. Razor Pages
/// would otherwise render the page without running any handler, and a page that loads its data in a handler fails.
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Pages with no handlers at all (the status and error pages) render for any method: they are re-executed for failed POSTs.
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0
            && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new BadRequestResult();
            return Task.CompletedTask;
        }

        return next();
    }
}
