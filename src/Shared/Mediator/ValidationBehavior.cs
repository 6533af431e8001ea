using Border.Shared.Localization;
using Border.Shared.Validation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Border.Shared.Mediator;

/// <summary>Runs every validator of a request and refuses it, in the person's language, before the handler sees it.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(
    IEnumerable<IRequestValidator<TRequest>> validators,
    IStringLocalizer<Strings> text) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = validators
            .SelectMany(v => v.Validate(request))
            .Select(f => f with { Message = text[f.Message] })
            .ToList();
        return failures.Count == 0 ? next() : throw new RequestValidationException(failures);
    }
}
