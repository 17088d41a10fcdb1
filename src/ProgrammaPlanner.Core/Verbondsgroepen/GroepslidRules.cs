using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>The kinds of member a Verbondsgroep has, as stored (the database's CHECK holds the same four).</summary>
public static class Lidsoort
{
    public const string Professional = "professional";
    public const string InformelePartner = "informele partner";
    public const string Ervaringsdeskundige = "ervaringsdeskundige";
    public const string Bewoner = "bewoner";

    public static readonly IReadOnlyList<string> Alle = [Professional, InformelePartner, Ervaringsdeskundige, Bewoner];

    /// <summary>How a list shows a soort in the plural ("2 professionals").</summary>
    public static string Meervoud(string soort) => soort switch
    {
        Professional => "professionals",
        InformelePartner => "informele partners",
        Ervaringsdeskundige => "ervaringsdeskundigen",
        Bewoner => "bewoners",
        _ => soort,
    };
}

/// <summary>A member's fields, shared by <see cref="AddGroepslid"/> and <see cref="UpdateGroepslid"/>.</summary>
public interface IGroepslidGegevens : IProgrammaScoped
{
    string Naam { get; }
    string Soort { get; }
    long? PartnerId { get; }
    string Organisatie { get; }
    string Discipline { get; }
}

/// <summary>
/// The rules for a member: a name and a soort; a professional works for an organisation (a partner of the programma or
/// one typed in) in a discipline. Only a professional belongs to a partner or has a discipline; an informal partner may
/// name its organisation (a buurtvereniging, a moskee).
/// </summary>
public static class GroepslidRules
{
    public const string Wat = "Het groepslid";

    public static void Apply<T>(AbstractValidator<T> v) where T : IGroepslidGegevens
    {
        v.RuleFor(c => c.Naam).NotEmpty().WithMessage("Geef het groepslid een naam.").MaxTekens(Tekstgrenzen.Naam, "De naam");
        v.RuleFor(c => c.Soort).Must(s => Lidsoort.Alle.Contains(s))
            .WithMessage($"Kies wat voor lid dit is: {string.Join(", ", Lidsoort.Alle)}.");
        v.RuleFor(c => c.Organisatie).MaxTekens(Tekstgrenzen.Naam, "De organisatie");
        v.RuleFor(c => c.Discipline).MaxTekens(Tekstgrenzen.Naam, "De discipline");

        v.When(c => c.Soort == Lidsoort.Professional, () =>
        {
            v.RuleFor(c => c.Organisatie)
                .Must((c, o) => c.PartnerId is not null || !string.IsNullOrWhiteSpace(o))
                .WithMessage("Kies de partner waar deze professional werkt, of typ de naam van de organisatie.")
                .Must((c, o) => c.PartnerId is null || string.IsNullOrWhiteSpace(o))
                .WithMessage("Kies een partner óf typ een organisatie, niet allebei.");
            v.RuleFor(c => c.Discipline).NotEmpty().WithMessage("Vul de discipline van deze professional in (bijvoorbeeld schuldhulpverlener).");
        });
        v.When(c => c.Soort != Lidsoort.Professional, () =>
        {
            v.RuleFor(c => c.PartnerId).Null().WithMessage("Alleen een professional hoort bij een partner van het programma.");
            v.RuleFor(c => c.Discipline).Empty().WithMessage("Alleen een professional heeft een discipline.");
        });
        v.When(c => c.Soort is Lidsoort.Ervaringsdeskundige or Lidsoort.Bewoner, () =>
            v.RuleFor(c => c.Organisatie).Empty().WithMessage("Een ervaringsdeskundige of bewoner hoort niet bij een organisatie."));
    }

    /// <summary>The partner, when given, must be one of this programma's partners.</summary>
    public static async Task CheckPartnerAsync(DbConnection c, DbTransaction tx, IGroepslidGegevens lid)
    {
        if (lid.PartnerId is null) return;
        var bestaat = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM partner WHERE id = @PartnerId AND programma_id = @ProgrammaId", new { lid.PartnerId, lid.ProgrammaId }, tx) > 0;
        if (!bestaat)
            throw ValidationException.For(nameof(IGroepslidGegevens.PartnerId), "Deze partner hoort niet (meer) bij dit programma. Kies een andere partner.");
    }
}
