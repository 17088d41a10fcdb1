using System.Linq.Expressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Wijken;

/// <summary>The rules for a wijk's naam, shared by <see cref="AddWijk"/> and <see cref="RenameWijk"/>.</summary>
public static class WijkRules
{
    public static void Apply<T>(AbstractValidator<T> v, Expression<Func<T, string>> naam) =>
        v.RuleFor(naam).NotEmpty().WithMessage("Geef de wijk een naam.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");

    public static string DubbeleNaam(string naam) =>
        $"Er is in dit programma al een wijk met de naam '{naam.Trim()}'. Kies een andere naam.";
}
