using Border.Notifications.Contracts;
using Border.Shared.Validation;

namespace Border.Notifications.Features.PolicyUpdates;

/// <summary>Both languages, each title one line; a reader in either language must get the whole update.</summary>
internal sealed class PublishPolicyUpdateValidator : IRequestValidator<PublishPolicyUpdate>
{
    public IEnumerable<ValidationFailure> Validate(PublishPolicyUpdate request) =>
        new[]
        {
            Title(nameof(request.TitleEnglish), request.TitleEnglish, "Enter the title in English."),
            Body(nameof(request.BodyEnglish), request.BodyEnglish, "Enter the text in English."),
            Title(nameof(request.TitleSpanish), request.TitleSpanish, "Enter the title in Spanish."),
            Body(nameof(request.BodySpanish), request.BodySpanish, "Enter the text in Spanish."),
            request.Ports is { Count: 0 } ? new(nameof(request.Ports), "Choose at least one port, or send it to everyone.") : null,
        }.OfType<ValidationFailure>();

    private static ValidationFailure? Title(string field, string? value, string missing) =>
        string.IsNullOrWhiteSpace(value) ? new(field, missing)
        : value.Trim().Length > PublishPolicyUpdate.TitleMaxLength ? new(field, "Keep the title to 120 characters or fewer.")
        : value.AsSpan().IndexOfAny('\r', '\n') >= 0 ? new(field, "Write the title on one line.")
        : null;

    private static ValidationFailure? Body(string field, string? value, string missing) =>
        string.IsNullOrWhiteSpace(value) ? new(field, missing)
        : value.Trim().Length > PublishPolicyUpdate.BodyMaxLength ? new(field, "Keep the text to 4,000 characters or fewer.")
        : null;
}
