using System.Linq.Expressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>The rules a programma's own fields obey, shared by create, update and import.</summary>
public static class ProgrammaRules
{
    public const int MaxPeriodeJaren = 10;

    public static void Apply<T>(AbstractValidator<T> v, Expression<Func<T, string>> naam, Expression<Func<T, int>> startjaar,
        Expression<Func<T, int>> eindjaar, Expression<Func<T, string>> fase)
    {
        var start = startjaar.Compile();
        v.RuleFor(naam).NotEmpty().WithMessage("Geef het programma een naam.").MaximumLength(200).WithMessage("De naam is te lang (maximaal 200 tekens).");
        v.RuleFor(startjaar).InclusiveBetween(2000, 2100).WithMessage("Het startjaar moet tussen 2000 en 2100 liggen.");
        v.RuleFor(eindjaar)
            .Must((x, eind) => eind >= start(x)).WithMessage("Het eindjaar mag niet voor het startjaar liggen.")
            .Must((x, eind) => eind - start(x) < MaxPeriodeJaren).WithMessage($"Een programma duurt hooguit {MaxPeriodeJaren} jaar.");
        v.RuleFor(fase).Must(f => Fase.Alle.Contains(f)).WithMessage("Kies een fase: ontwikkelfase, implementatiefase of optimalisatiefase.");
    }
}
