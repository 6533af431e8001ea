using Border.Shared.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Forms;

internal static class ModelStateExtensions
{
    private const string OrderKey = "border:error-order";

    /// <summary>
    /// Puts a use case's refusals next to the fields they are about; messages are already localized. The
    /// validator's order, which follows the form, is kept for the error summary.
    /// </summary>
    public static void AddFailures(this PageModel page, RequestValidationException exception, string prefix = "Input")
    {
        var order = new List<string>();
        foreach (var failure in exception.Failures)
        {
            var key = prefix.Length == 0 ? failure.Field : $"{prefix}.{failure.Field}";
            page.ModelState.AddModelError(key, failure.Message);
            order.Add(key);
        }

        page.HttpContext.Items[OrderKey] = order;
    }

    /// <summary>Puts every refusal against one field: for a page with a single input, whatever the use case called it.</summary>
    public static void AddFailuresTo(this PageModel page, RequestValidationException exception, string field)
    {
        foreach (var failure in exception.Failures)
        {
            page.ModelState.AddModelError(field, failure.Message);
        }
    }

    /// <summary>The error summary lists these fields in this order, the form's own, whatever order they failed in.</summary>
    public static void OrderSummary(this PageModel page, params string[] keys) => page.HttpContext.Items[OrderKey] = keys.ToList();

    /// <summary>Field keys in the order the summary should list them; keys it does not know come last.</summary>
    public static int SummaryPosition(this HttpContext context, string key) =>
        context.Items[OrderKey] is List<string> order && order.IndexOf(key) is var index and >= 0 ? index : int.MaxValue;
}
