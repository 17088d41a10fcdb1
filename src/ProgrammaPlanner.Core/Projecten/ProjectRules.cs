using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>The fields create and update share, so both obey the same rules.</summary>
public interface IProjectGegevens : IProgrammaScoped
{
    string Naam { get; }
    string Doel { get; }
    long TrekkerPartnerId { get; }
    IReadOnlyList<long> PartnerIds { get; }
    IReadOnlyList<long> DoelstellingIds { get; }
    DateOnly Startdatum { get; }
    DateOnly Einddatum { get; }
    string Status { get; }
}

/// <summary>The rules a project obeys, shared by create and update (and a later import).</summary>
public static class ProjectRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IProjectGegevens
    {
        v.RuleFor(x => x.Naam).NotEmpty().WithMessage("Geef het project een naam.")
            .MaxTekens(Tekstgrenzen.Titel, "De naam");
        v.RuleFor(x => x.Doel).MaxTekens(Tekstgrenzen.Tekst, "Het doel");
        v.RuleFor(x => x.Status).Must(s => ProjectStatus.Alle.Contains(s))
            .WithMessage($"Kies een status: {string.Join(", ", ProjectStatus.Alle)}.");
        v.RuleFor(x => x.Einddatum).Must((x, eind) => eind >= x.Startdatum)
            .WithMessage("De einddatum mag niet voor de startdatum liggen.");
    }

    /// <summary>The deelnemende partners: the list plus the trekker, who always takes part.</summary>
    public static IReadOnlyList<long> Deelnemers(IProjectGegevens p) => p.PartnerIds.Append(p.TrekkerPartnerId).Distinct().ToList();

    /// <summary>Programma exists (else NotFound); trekker, partners and doelstellingen belong to it (else ValidationException).</summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, IProjectGegevens p)
    {
        await ProgrammaBestaat.EisAsync(c, p.ProgrammaId, tx);

        var errors = new Dictionary<string, string[]>();
        var partners = (await c.QueryAsync<long>(
            $"SELECT id FROM partner WHERE programma_id = @ProgrammaId AND {c.InList("id", "@Ids")}",
            new { p.ProgrammaId, Ids = Deelnemers(p) }, tx)).ToHashSet();
        if (!partners.Contains(p.TrekkerPartnerId))
            errors[nameof(IProjectGegevens.TrekkerPartnerId)] = ["Kies als trekker een partner van dit programma."];
        var vreemd = p.PartnerIds.Distinct().Where(id => !partners.Contains(id)).ToList();
        if (vreemd.Count > 0)
            errors[nameof(IProjectGegevens.PartnerIds)] =
                [$"{Ids("Partner", vreemd)} {(vreemd.Count == 1 ? "hoort" : "horen")} niet bij dit programma. Kies alleen partners van dit programma."];

        var doelen = (await c.QueryAsync<long>(
            $"SELECT id FROM doelstelling WHERE programma_id = @ProgrammaId AND {c.InList("id", "@Ids")}",
            new { p.ProgrammaId, Ids = p.DoelstellingIds.Distinct().ToList() }, tx)).ToHashSet();
        var onbekend = p.DoelstellingIds.Distinct().Where(id => !doelen.Contains(id)).ToList();
        if (onbekend.Count > 0)
            errors[nameof(IProjectGegevens.DoelstellingIds)] =
                [$"{Ids("Doelstelling", onbekend)} {(onbekend.Count == 1 ? "hoort" : "horen")} niet bij dit programma. " +
                 "Kies alleen doelstellingen van dit programma."];

        if (errors.Count > 0) throw new ValidationException(errors);
    }

    private static string Ids(string wat, List<long> ids) =>
        ids.Count == 1 ? $"{wat} met id {ids[0]}" : $"{wat}s met id {string.Join(", ", ids)}";

    /// <summary>Writes the partner and doelstelling links of a project (after the old ones are removed).</summary>
    public static async Task InsertLinksAsync(DbConnection c, DbTransaction tx, long projectId, IProjectGegevens p)
    {
        foreach (var partnerId in Deelnemers(p))
            await c.ExecuteAsync("INSERT INTO project_partner (project_id, partner_id) VALUES (@projectId, @partnerId)",
                new { projectId, partnerId }, tx);
        foreach (var doelstellingId in p.DoelstellingIds.Distinct())
            await c.ExecuteAsync("INSERT INTO project_doelstelling (project_id, doelstelling_id) VALUES (@projectId, @doelstellingId)",
                new { projectId, doelstellingId }, tx);
    }

    /// <summary>Name and version of a project of this programma, or NotFound (an id from another programma is not found either).</summary>
    public static async Task<(string Naam, int Version)> FindAsync(DbConnection c, long programmaId, long projectId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<(string Naam, long Version)>(
            "SELECT naam, version FROM project WHERE id = @projectId AND programma_id = @programmaId",
            new { programmaId, projectId }, tx);
        foreach (var r in rows) return (r.Naam, (int)r.Version);
        throw new NotFoundException("Het project bestaat niet (meer).");
    }

    public static string NaamConflict(string naam) =>
        $"Er bestaat in dit programma al een project met de naam '{naam}'. Kies een andere naam.";
}
