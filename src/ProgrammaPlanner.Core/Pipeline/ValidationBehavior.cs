using FluentValidation;
using MediatR;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>Runs the slice's FluentValidation validators; all failures become one <see cref="ValidationException"/>.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken)).Errors);

        if (failures.Count > 0) throw ValidationException.From(failures);

        return await next();
    }
}
