using System.Data.Common;
using System.Globalization;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>The fields create and update share, so both obey the same rules.</summary>
public interface IBijeenkomstGegevens : IProgrammaScoped
{
    string Soort { get; }
    string Titel { get; }
    DateOnly Datum { get; }
    TimeOnly Begintijd { get; }
    TimeOnly Eindtijd { get; }
    string Locatie { get; }
    string Vraagstelling { get; }
    string Agenda { get; }
    IReadOnlyList<long> UitgenodigdIds { get; }
    IReadOnlyList<long> AanwezigIds { get; }
}

public static class BijeenkomstRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IBijeenkomstGegevens
    {
        v.RuleFor(x => x.Soort).Must(s => BijeenkomstSoort.Alle.Contains(s))
            .WithMessage("Kies de soort bijeenkomst: dialoogtafel of werkbijeenkomst.");
        v.RuleFor(x => x.Titel).NotEmpty().WithMessage("Geef de bijeenkomst een titel.")
            .MaxTekens(Tekstgrenzen.Titel, "De titel");
        v.RuleFor(x => x.Eindtijd).Must((x, eind) => eind > x.Begintijd)
            .WithMessage("De eindtijd moet na de begintijd liggen.");
        v.RuleFor(x => x.Locatie).MaxTekens(Tekstgrenzen.Titel, "De locatie");
        v.RuleFor(x => x.Vraagstelling).MaxTekens(Tekstgrenzen.Tekst, "De vraagstelling");
        v.RuleFor(x => x.Agenda).MaxTekens(Tekstgrenzen.LangeTekst, "De agenda");
    }

    public static string Tijd(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static object Parameters(IBijeenkomstGegevens b, long? id = null, int version = 0) => new
    {
        Id = id, Version = version, b.ProgrammaId, b.Soort, Titel = b.Titel.Trim(), b.Datum,
        Begintijd = Tijd(b.Begintijd), Eindtijd = Tijd(b.Eindtijd),
        Locatie = b.Locatie?.Trim() ?? "", Vraagstelling = b.Vraagstelling?.Trim() ?? "", Agenda = b.Agenda?.Trim() ?? "",
    };

    /// <summary>Programma exists (else NotFound); invited and present partners belong to it (else ValidationException).</summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, IBijeenkomstGegevens b)
    {
        await ProgrammaBestaat.EisAsync(c, b.ProgrammaId, tx);
        var ids = b.UitgenodigdIds.Concat(b.AanwezigIds).Distinct().ToList();
        var bekend = (await c.QueryAsync<long>($"SELECT id FROM partner WHERE programma_id = @ProgrammaId AND {c.InList("id", "@ids")}",
            new { b.ProgrammaId, ids }, tx)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        if (b.UitgenodigdIds.Any(id => !bekend.Contains(id)))
            errors[nameof(IBijeenkomstGegevens.UitgenodigdIds)] = ["Nodig alleen partners van dit programma uit."];
        if (b.AanwezigIds.Any(id => !bekend.Contains(id)))
            errors[nameof(IBijeenkomstGegevens.AanwezigIds)] = ["Kies als aanwezigen alleen partners van dit programma."];
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    /// <summary>Replaces the invited/present partners of a session (edited as a whole with the session).</summary>
    public static async Task WritePartnersAsync(DbConnection c, DbTransaction tx, long bijeenkomstId, IBijeenkomstGegevens b)
    {
        await c.ExecuteAsync("DELETE FROM bijeenkomst_partner WHERE bijeenkomst_id = @bijeenkomstId", new { bijeenkomstId }, tx);
        foreach (var partnerId in b.UitgenodigdIds.Concat(b.AanwezigIds).Distinct())
            await c.ExecuteAsync(
                "INSERT INTO bijeenkomst_partner (bijeenkomst_id, partner_id, uitgenodigd, aanwezig) VALUES (@bijeenkomstId, @partnerId, @u, @a)",
                new { bijeenkomstId, partnerId, u = b.UitgenodigdIds.Contains(partnerId), a = b.AanwezigIds.Contains(partnerId) }, tx);
    }

    /// <summary>Titel of a session of this programma, or NotFound (an id from another programma is not found either).</summary>
    public static async Task<string> FindAsync(DbConnection c, long programmaId, long bijeenkomstId, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<string>("SELECT titel FROM bijeenkomst WHERE id = @bijeenkomstId AND programma_id = @programmaId",
            new { programmaId, bijeenkomstId }, tx)
        ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");

    public static NotFoundException BijdrageNotFound() => new("De bijdrage bestaat niet (meer).");
}
