using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Doelstellingen;

/// <summary>One target value of a doelstelling: the value aimed for in a year of the programme period.</summary>
public sealed record Streefwaarde(int Jaar, decimal Waarde);

/// <summary>The fields create and update share, so both obey the same rules.</summary>
public interface IDoelstellingGegevens : IProgrammaScoped
{
    long SpeerpuntId { get; }
    string Naam { get; }
    string Omschrijving { get; }
    string IndicatorNaam { get; }
    string IndicatorEenheid { get; }
    string IndicatorBron { get; }
    string Meetfrequentie { get; }
    decimal? NulmetingWaarde { get; }
    int? NulmetingJaar { get; }
    IReadOnlyList<Streefwaarde> Streefwaarden { get; }
}

/// <summary>The rules a doelstelling obeys, shared by create and update (and a later import).</summary>
public static class DoelstellingRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IDoelstellingGegevens
    {
        v.RuleFor(x => x.Naam).NotEmpty().WithMessage("Geef de doelstelling een naam.")
            .MaxTekens(Tekstgrenzen.Titel, "De naam");
        v.RuleFor(x => x.Omschrijving).MaxTekens(Tekstgrenzen.Tekst, "De omschrijving");
        v.RuleFor(x => x.IndicatorNaam).NotEmpty().WithMessage("Geef de indicator een naam: waaraan meet u of de doelstelling gehaald wordt?")
            .MaxTekens(Tekstgrenzen.Titel, "De naam van de indicator");
        v.RuleFor(x => x.IndicatorEenheid).MaxTekens(Tekstgrenzen.Kort, "De eenheid");
        v.RuleFor(x => x.IndicatorBron).MaxTekens(Tekstgrenzen.Titel, "De bron");
        v.RuleFor(x => x.Meetfrequentie).Must(m => Meetfrequentie.Alle.Contains(m))
            .WithMessage($"Kies een meetfrequentie: {string.Join(", ", Meetfrequentie.Alle)}.");
        v.RuleFor(x => x.NulmetingJaar).Must((x, jaar) => jaar.HasValue == x.NulmetingWaarde.HasValue)
            .WithMessage("Vul bij de nulmeting zowel de waarde als het jaar in, of laat beide leeg.");
        v.RuleFor(x => x.Streefwaarden).NotEmpty()
            .WithMessage("Geef minstens één streefwaarde op: een jaar binnen de programmaperiode en de waarde die u dan wilt bereiken.");
        v.RuleFor(x => x.Streefwaarden).Custom((lijst, ctx) =>
        {
            foreach (var jaar in (lijst ?? []).GroupBy(s => s.Jaar).Where(g => g.Count() > 1).Select(g => g.Key))
                ctx.AddFailure(nameof(IDoelstellingGegevens.Streefwaarden),
                    $"Het jaar {jaar} staat meer dan eens bij de streefwaarden. Geef per jaar één streefwaarde.");
        });
    }

    public static string Periode((int Startjaar, int Eindjaar) p) => $"{p.Startjaar}–{p.Eindjaar}";

    /// <summary>The programma's period; NotFound when it does not exist.</summary>
    public static async Task<(int Startjaar, int Eindjaar)> PeriodeAsync(DbConnection c, long programmaId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<(long Startjaar, long Eindjaar)>(
            "SELECT startjaar, eindjaar FROM programma WHERE id = @programmaId", new { programmaId }, tx);
        foreach (var r in rows) return ((int)r.Startjaar, (int)r.Eindjaar);
        throw new NotFoundException("Dit programma bestaat niet (meer).");
    }

    /// <summary>The checks that need the database: speerpunt of this programma, years inside the period. Throws before anything is written.</summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, IDoelstellingGegevens d)
    {
        var periode = await PeriodeAsync(c, d.ProgrammaId, tx);
        var errors = new Dictionary<string, string[]>();

        var speerpunt = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM speerpunt WHERE id = @SpeerpuntId AND programma_id = @ProgrammaId",
            new { d.SpeerpuntId, d.ProgrammaId }, tx);
        if (speerpunt == 0)
            errors[nameof(IDoelstellingGegevens.SpeerpuntId)] = ["Kies een speerpunt van dit programma."];

        if (d.NulmetingJaar is { } nj && nj > periode.Eindjaar)
            errors[nameof(IDoelstellingGegevens.NulmetingJaar)] =
                [$"Het jaar van de nulmeting ({nj}) ligt na de programmaperiode {Periode(periode)}. " +
                 $"Een nulmeting is een beginwaarde: kies een jaar tot en met {periode.Eindjaar}."];

        for (var i = 0; i < d.Streefwaarden.Count; i++)
        {
            var jaar = d.Streefwaarden[i].Jaar;
            if (jaar < periode.Startjaar || jaar > periode.Eindjaar)
                errors[$"Streefwaarden[{i}].Jaar"] =
                    [$"{jaar} valt buiten de programmaperiode {Periode(periode)}. Kies een jaar binnen die periode."];
        }
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    public static async Task InsertStreefwaardenAsync(DbConnection c, DbTransaction tx, long doelstellingId, IReadOnlyList<Streefwaarde> lijst)
    {
        foreach (var s in lijst)
            await c.ExecuteAsync(
                "INSERT INTO streefwaarde (doelstelling_id, jaar, waarde) VALUES (@doelstellingId, @Jaar, @Waarde)",
                new { doelstellingId, s.Jaar, s.Waarde }, tx);
    }

    /// <summary>Id of a doelstelling of this programma, or NotFound (an id from another programma is not found either).</summary>
    public static async Task<(string Naam, int Version)> FindAsync(DbConnection c, long programmaId, long doelstellingId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<(string Naam, long Version)>(
            "SELECT naam, version FROM doelstelling WHERE id = @doelstellingId AND programma_id = @programmaId",
            new { programmaId, doelstellingId }, tx);
        foreach (var r in rows) return (r.Naam, (int)r.Version);
        throw new NotFoundException("De doelstelling bestaat niet (meer).");
    }

    public static string NaamConflict(string naam) =>
        $"Er bestaat in dit programma al een doelstelling met de naam '{naam}'. Kies een andere naam.";
}
