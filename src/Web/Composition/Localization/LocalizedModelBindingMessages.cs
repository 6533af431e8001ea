using Border.Shared.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Localization;

/// <summary>The framework's own model-binding messages, in the person's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizer<Strings> text) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Enter a number for {0}.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Enter {0}.", field]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The value is not valid for {0}.", field]);
        messages.SetValueMustNotBeNullAccessor(value => text["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Enter a number."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A value is required."]);
    }
}
