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

        var fields = page.GetType().GetCustomAttribute<RefusalFieldsAttribute>();
        if (fields is { OneField: true })
        {
            page.AddFailuresTo(refused, fields.Prefix);
        }
        else
        {
            page.AddFailures(refused, fields?.Prefix is RefusalFieldsAttribute.HandlerName ? context.HandlerMethod?.Name ?? "" : fields?.Prefix ?? "Input");
        }

        executed.ExceptionHandled = true;
        executed.Result = page is IRedisplayAfterRefusal redisplay ? await redisplay.RedisplayAsync() : page.Page();
    }
}

/// <summary>
/// The prefix of the fields a page's refusals are about; empty when its inputs are bound at the top level, and
/// <see cref="HandlerName"/> when each handler posts its own form named as the handler (OnPostDecide: "Decide.Outcome").
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class RefusalFieldsAttribute(string prefix) : Attribute
{
    public const string HandlerName = "{handler}";

    public string Prefix { get; } = prefix;

    /// <summary>The page has a single input: every refusal is shown against the field <see cref="Prefix"/> names.</summary>
    public bool OneField { get; init; }
}

/// <summary>A page that reloads what it shows before rendering a refusal (or answers 404 when that is gone).</summary>
internal interface IRedisplayAfterRefusal
{
    Task<IActionResult> RedisplayAsync();
}
