using Border.Shared.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Border.Web.Forms;

internal static class ModelStateExtensions
{
    /// <summary>Puts a use case's refusals next to the fields they are about; messages are already localized.</summary>
    public static void AddFailures(this ModelStateDictionary modelState, RequestValidationException exception, string prefix = "Input")
    {
        foreach (var failure in exception.Failures)
        {
            modelState.AddModelError($"{prefix}.{failure.Field}", failure.Message);
        }
    }
}
