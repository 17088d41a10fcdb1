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
        v.RuleFor(naam).NotEmpty().WithMessage("Geef het programma een naam.").MaxTekens(Tekstgrenzen.Naam, "De naam");
        v.RuleFor(startjaar).InclusiveBetween(2000, 2100).WithMessage("Het startjaar moet tussen 2000 en 2100 liggen.");
        v.RuleFor(eindjaar)
            .Must((x, eind) => eind >= start(x)).WithMessage("Het eindjaar mag niet voor het startjaar liggen.")
            .Must((x, eind) => eind - start(x) < MaxPeriodeJaren).WithMessage($"Een programma duurt hooguit {MaxPeriodeJaren} jaar.");
        v.RuleFor(fase).Must(f => Fase.Alle.Contains(f)).WithMessage("Kies een fase: ontwikkelfase, implementatiefase of optimalisatiefase.");
    }

    /// <summary>The programma's texts, shared by create and update (the import checks the same <see cref="Tekstgrenzen"/>).</summary>
    public static void ApplyTeksten<T>(AbstractValidator<T> v, Expression<Func<T, string>> motto, Expression<Func<T, string>> gebied,
        Expression<Func<T, string>> aanleiding, Expression<Func<T, string>> ambitie)
    {
        v.RuleFor(motto).MaxTekens(Tekstgrenzen.Titel, "Het motto");
        v.RuleFor(gebied).MaxTekens(Tekstgrenzen.Naam, "Het gebied");
        v.RuleFor(aanleiding).MaxTekens(Tekstgrenzen.LangeTekst, "De aanleiding");
        v.RuleFor(ambitie).MaxTekens(Tekstgrenzen.LangeTekst, "De ambitie");
    }
}
