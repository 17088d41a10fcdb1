using System.Linq.Expressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// A command that carries another command and performs it as one of its own steps (not through the mediator, so both
/// share one transaction) still refuses what the carried command would refuse, with the same field names, so a form
/// shows the messages next to the same fields as when the carried command is sent on its own.
/// </summary>
public static class NestedValidation
{
    public static void IncludeNested<T, TNested>(this AbstractValidator<T> v, Expression<Func<T, TNested>> nested, IValidator<TNested> validator) =>
        v.RuleFor(nested).CustomAsync(async (inner, ctx, ct) =>
        {
            if (inner is null) return;
            foreach (var failure in (await validator.ValidateAsync(inner, ct)).Errors)
                ctx.AddFailure(failure);
        });

    /// <summary>Refuses a command built inside another handler as the pipeline refuses it when it is sent on its own.</summary>
    public static async Task ValidateNestedAsync<T>(this IValidator<T> validator, T command)
    {
        var failures = (await validator.ValidateAsync(command)).Errors;
        if (failures.Count > 0) throw ValidationException.From(failures);
    }
}
