using System.Linq.Expressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>The rule for a basisvoorwaarde's text, shared by add and update.</summary>
public static class BasisvoorwaardeRules
{
    public static void Apply<T>(AbstractValidator<T> v, Expression<Func<T, string>> tekst) =>
        v.RuleFor(tekst).NotEmpty().WithMessage("Vul de basisvoorwaarde in, bijvoorbeeld 'Voel jezelf gelijk aan elkaar'.")
            .MaxTekens(Tekstgrenzen.KorteTekst, "De basisvoorwaarde");
}
