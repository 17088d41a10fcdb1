using System.Linq.Expressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>The rules for a speerpunt's fields, shared by <see cref="CreateSpeerpunt"/> and <see cref="UpdateSpeerpunt"/>.</summary>
public static class SpeerpuntRules
{
    public static void Apply<T>(AbstractValidator<T> v, Expression<Func<T, string>> naam, Expression<Func<T, string>> analyse)
    {
        v.RuleFor(naam).NotEmpty().WithMessage("Geef het speerpunt een naam, bijvoorbeeld 'Eenzaamheid'.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");
        v.RuleFor(analyse).MaxTekens(Tekstgrenzen.LangeTekst, "De analyse");
    }

    public static string DubbeleNaam(string naam) =>
        $"Er is in dit programma al een speerpunt met de naam '{naam.Trim()}'. Kies een andere naam.";
}
