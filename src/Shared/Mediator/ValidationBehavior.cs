using Border.Shared.Localization;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Shared.Mediator;

/// <summary>
/// Runs every validator of a request and refuses it, in the person's language, before the handler sees it.
/// Refusals the handler itself raises (rules that need the database) are translated on their way out too.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(
    IEnumerable<IRequestValidator<TRequest>> validators,
    IStringLocalizer<Strings> text) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = validators.SelectMany(v => v.Validate(request)).ToList();
        if (failures.Count > 0)
        {
            throw Translated(failures);
        }

        try
        {
            return await next();
        }
        catch (RequestValidationException refused)
        {
            // A message already translated (Identity's describer) is not a key, so it comes back unchanged.
            throw Translated(refused.Failures);
        }
    }

    private RequestValidationException Translated(IEnumerable<ValidationFailure> failures) =>
        new([.. failures.Select(f => f with { Message = text[f.Message] })]);
}
