using Border.Shared.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Border.Web.Composition.Localization;

/// <summary>The framework's own model-binding messages, in the person's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizer<Strings> S) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => S["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => S["Enter a number for {0}.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => S["Enter {0}.", field]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => S["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingKeyOrValueAccessor(() => S["A value is required."]);
        messages.SetUnknownValueIsInvalidAccessor(field => S["The value is not valid for {0}.", field]);
        messages.SetValueMustNotBeNullAccessor(value => S["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => S["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => S["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => S["Enter a number."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => S["A value is required."]);
    }
}
