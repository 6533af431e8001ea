using Border.Shared.Localization;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Shared.Mediator;

/// <summary>
/// Runs every validator of a request and refuses it before the handler sees it. Refusals, the validators'
/// and those a handler finds on its own (a wrong password, a full group), reach the page in the person's language.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(
    IEnumerable<IRequestValidator<TRequest>> validators,
    IStringLocalizer<Strings> S) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = validators.SelectMany(v => v.Validate(request)).ToList();
        if (failures.Count > 0)
        {
            throw Localized(failures);
        }

        try
        {
            return await next();
        }
        catch (RequestValidationException refused) when (!refused.Localized)
        {
            throw Localized(refused.Failures);
        }
    }

    private RequestValidationException Localized(IEnumerable<ValidationFailure> failures) =>
        new([.. failures.Select(f => f with { Message = S[f.Message, f.Arguments], Arguments = [] })], localized: true);
}
