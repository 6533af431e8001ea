using System.Reflection;
using Border.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Forms;

/// <summary>
/// The one place a use case's refusal becomes a page again: a handler that lets <see cref="RequestValidationException"/>
/// out gets the failures in ModelState, by their fields (prefixed as <see cref="RefusalFieldsAttribute"/> says, else
/// "Input"), and the page rendered again with what the person typed. A page that must load its data first, or that
/// may have lost it, says so through <see cref="IRedisplayAfterRefusal"/>.
/// </summary>
internal sealed class RefusalPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is not RequestValidationException refused || context.HandlerInstance is not PageModel page)
        {
            return;
        }

        page.AddFailures(refused, page.GetType().GetCustomAttribute<RefusalFieldsAttribute>()?.Prefix ?? "Input");
        executed.ExceptionHandled = true;
        executed.Result = page is IRedisplayAfterRefusal redisplay ? await redisplay.RedisplayAsync() : page.Page();
    }
}

/// <summary>The prefix of the fields a page's refusals are about; empty when its inputs are bound at the top level.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class RefusalFieldsAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}

/// <summary>A page that reloads what it shows before rendering a refusal (or answers 404 when that is gone).</summary>
internal interface IRedisplayAfterRefusal
{
    Task<IActionResult> RedisplayAsync();
}
