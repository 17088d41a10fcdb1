using System.Text.RegularExpressions;
using Dapper;
using FluentValidation;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>The fields of a partner, shared by <see cref="AddPartner"/> and <see cref="UpdatePartner"/>.</summary>
public interface IPartnerGegevens
{
    string Naam { get; }
    string Soort { get; }
    string Rol { get; }
    string Contactpersoon { get; }
    string Email { get; }
    string BestuurderNaam { get; }
    string BestuurderFunctie { get; }
    string Plaats { get; }
    /// <summary>The agreed euro's per hour at which the partner's inzet in natura is valued; null when none is agreed.</summary>
    decimal? Uurtarief { get; }
    /// <summary>A financier or adviseur that signs the plan after all (the facilitator's choice); ignored for the other roles.</summary>
    bool TekentToch { get; }
}

public static partial class PartnerRules
{
    /// <summary>A guard against a typo (an amount per day or per year entered as the rate).</summary>
    public const decimal MaxUurtarief = 1000m;

    public static void Apply<T>(AbstractValidator<T> v) where T : class, IPartnerGegevens
    {
        v.RuleFor(x => x.Naam).NotEmpty().WithMessage("Geef de partner een naam.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");
        v.RuleFor(x => x.Soort).Must(s => PartnerSoort.Alle.Contains(s))
            .WithMessage($"Kies een soort: {string.Join(", ", PartnerSoort.Alle)}.");
        v.RuleFor(x => x.Rol).Must(r => PartnerRol.Alle.Contains(r))
            .WithMessage($"Kies een rol: {string.Join(", ", PartnerRol.Alle)}.");
        v.RuleFor(x => x.Email).Must(e => string.IsNullOrWhiteSpace(e) || EmailAdres().IsMatch(e.Trim()))
            .WithMessage("Vul een geldig e-mailadres in (zoals naam@organisatie.nl) of laat het veld leeg.")
            .MaxTekens(Tekstgrenzen.Email, "Het e-mailadres");
        v.RuleFor(x => x.Contactpersoon).MaxTekens(Tekstgrenzen.Naam, "De naam van de contactpersoon");
        v.RuleFor(x => x.BestuurderNaam).MaxTekens(Tekstgrenzen.Naam, "De naam van de bestuurder");
        v.RuleFor(x => x.BestuurderFunctie).MaxTekens(Tekstgrenzen.Naam, "De functie van de bestuurder");
        v.RuleFor(x => x.Plaats).MaxTekens(Tekstgrenzen.Kort, "De plaats");
        v.RuleFor(x => x.Uurtarief).Bedrag("Het uurtarief")
            .LessThanOrEqualTo(MaxUurtarief).WithMessage("Een uurtarief boven € 1.000 is niet aannemelijk; controleer het bedrag.");
    }

    /// <summary>The values as stored (trimmed, never null) plus the ids and version of the command.</summary>
    public static DynamicParameters Parameters(IPartnerGegevens p, object ids) => new DynamicParameters(ids).With(new
    {
        Naam = p.Naam.Trim(), p.Soort, p.Rol,
        Contactpersoon = T(p.Contactpersoon), Email = T(p.Email), BestuurderNaam = T(p.BestuurderNaam),
        BestuurderFunctie = T(p.BestuurderFunctie), Plaats = T(p.Plaats), p.Uurtarief,
        TekentToch = !PartnerRol.TekentAltijd(p.Rol) && p.TekentToch,
    });

    private static DynamicParameters With(this DynamicParameters d, object values)
    {
        d.AddDynamicParams(values);
        return d;
    }

    public static string DubbeleNaam(string naam) =>
        $"Er is in dit programma al een partner met de naam '{naam.Trim()}'. Kies een andere naam.";

    private static string T(string? s) => s?.Trim() ?? "";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAdres();
}
