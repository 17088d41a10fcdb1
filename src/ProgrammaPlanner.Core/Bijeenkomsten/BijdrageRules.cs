using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

public static class BijdrageRules
{
    /// <summary>
    /// SQL for whom a bijdrage or deelnemer speaks: the partner's name, else the free "namens" text of a resident or
    /// informal partner, else "Bewoner". <paramref name="partner"/> and <paramref name="rij"/> are the query's aliases.
    /// </summary>
    public static string Afzender(string partner = "p", string rij = "b") => $"COALESCE({partner}.naam, NULLIF({rij}.namens, ''), 'Bewoner')";

    public static void ApplyTekst<T>(AbstractValidator<T> v, Expression<Func<T, string>> tekst) =>
        v.RuleFor(tekst)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Schrijf eerst uw bijdrage: het tekstvak is leeg.")
            .Must(t => (t ?? "").Trim().Length <= Tekstgrenzen.KorteTekst)
            .WithMessage(t => $"Uw bijdrage is te lang: {(tekst.Compile()(t) ?? "").Trim().Length} tekens, maximaal {Tekstgrenzen.KorteTekst}. "
                              + "Maak hem korter of verdeel hem over twee bijdragen.");

    public static string Tijdstip(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>Bijeenkomst and version of a bijdrage of this programma, or NotFound.</summary>
    public static async Task<(long BijeenkomstId, int Version)> FindAsync(DbConnection c, long programmaId, long bijdrageId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<(long BijeenkomstId, long Version)>(
            "SELECT bijeenkomst_id, version FROM bijdrage WHERE id = @bijdrageId AND programma_id = @programmaId", new { programmaId, bijdrageId }, tx);
        foreach (var r in rows) return (r.BijeenkomstId, (int)r.Version);
        throw BijeenkomstRules.BijdrageNotFound();
    }

    public static async Task CheckPartnerAsync(DbConnection c, DbTransaction tx, long programmaId, long partnerId)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @partnerId AND programma_id = @programmaId",
                new { programmaId, partnerId }, tx) == 0)
            throw ValidationException.For("PartnerId", "Kies een partner van dit programma.");
    }

    /// <summary>The elements a bijdrage became ("speerpunt", id), for refusals and the trace.</summary>
    public static async Task<IReadOnlyList<(string Soort, long Id)>> ElementenAsync(DbConnection c, DbTransaction? tx, long bijdrageId) =>
        (await c.QueryAsync<(string Soort, long Id)>(
            $"""
            SELECT soort, id FROM ({ElementSoort.ElementenSql("l.bijdrage_id = @bijdrageId")}) AS elementen
            """, new { bijdrageId }, tx)).ToList();

    /// <summary>
    /// Links a bijdrage (of this programma, not merged away) to an element of this programma and bumps its version;
    /// clears "niet overgenomen". Version null: the caller already checked it in this request.
    /// </summary>
    public static async Task<int> LinkAsync(
        DbConnection c, DbTransaction tx, long programmaId, long bijdrageId, int? version, string soort, long elementId)
    {
        var (_, huidig) = await FindAsync(c, programmaId, bijdrageId, tx);
        if (version is { } v && v != huidig) throw await Concurrency.ExplainAsync(c, "bijdrage", bijdrageId, programmaId, "De bijdrage", tx);
        if (await c.ExecuteScalarAsync<long?>("SELECT samengevoegd_in_id FROM bijdrage WHERE id = @bijdrageId", new { bijdrageId }, tx) is not null)
            throw new RefusedException("Deze bijdrage is samengevoegd met een andere; koppel de bijdrage waarin hij is opgegaan.");
        var (link, kolom, tabel) = ElementSoort.Tabellen(soort);
        if (await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {tabel} WHERE id = @elementId AND programma_id = @programmaId",
                new { elementId, programmaId }, tx) == 0)
            throw ValidationException.For("ElementId", $"Kies een {soort} van dit programma.");
        await c.ExecuteAsync($"INSERT INTO {link} (bijdrage_id, {kolom}) VALUES (@bijdrageId, @elementId) ON CONFLICT DO NOTHING",
            new { bijdrageId, elementId }, tx);
        await c.ExecuteAsync("UPDATE bijdrage SET niet_overgenomen = NULL, version = version + 1 WHERE id = @bijdrageId", new { bijdrageId }, tx);
        return huidig + 1;
    }

    /// <summary>Before a convert: the bijdrage exists in this programma, has this version and was not merged away.</summary>
    public static async Task CheckConvertibleAsync(DbConnection c, DbTransaction tx, long programmaId, long bijdrageId, int version)
    {
        var (_, huidig) = await FindAsync(c, programmaId, bijdrageId, tx);
        if (huidig != version) throw await Concurrency.ExplainAsync(c, "bijdrage", bijdrageId, programmaId, "De bijdrage", tx);
        if (await c.ExecuteScalarAsync<long?>("SELECT samengevoegd_in_id FROM bijdrage WHERE id = @bijdrageId", new { bijdrageId }, tx) is not null)
            throw new RefusedException("Deze bijdrage is samengevoegd met een andere; zet de bijdrage om waarin hij is opgegaan.");
    }
}

/// <summary>The element created from a bijdrage, and the bijdrage's new version.</summary>
public sealed record BijdrageOmgezet(long ElementId, int BijdrageVersion);
