using System.Linq.Expressions;
using System.Text.RegularExpressions;
using FluentValidation;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The rules for e-mail addresses, names and passwords, shared by the account slices.</summary>
public static partial class GebruikerRules
{
    public const int MinimaleWachtwoordLengte = 12;

    public static IRuleBuilderOptions<T, string> GeldigEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Vul een e-mailadres in.")
            .MaxTekens(Tekstgrenzen.Email, "Het e-mailadres")
            .Must(e => EmailAdres().IsMatch(e?.Trim() ?? "")).WithMessage("Vul een geldig e-mailadres in (zoals naam@organisatie.nl).");

    public static IRuleBuilderOptions<T, string> GeldigeNaam<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Vul uw naam in.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");

    public static IRuleBuilderOptions<T, string> GeldigWachtwoord<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Kies een wachtwoord.")
            .MinimumLength(MinimaleWachtwoordLengte).WithMessage(
                $"Het wachtwoord moet minstens {MinimaleWachtwoordLengte} tekens lang zijn. " +
                "Een zin van een paar woorden is sterk en goed te onthouden.")
            .MaxTekens(Tekstgrenzen.Wachtwoord, "Het wachtwoord");

    /// <summary>A new password, typed twice.</summary>
    public static void NieuwWachtwoord<T>(this AbstractValidator<T> v, Expression<Func<T, string>> wachtwoord, Expression<Func<T, string>> herhaling)
    {
        v.RuleFor(wachtwoord).GeldigWachtwoord();
        v.RuleFor(herhaling).Equal(wachtwoord).WithMessage("De twee wachtwoorden zijn niet gelijk.");
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAdres();
}
