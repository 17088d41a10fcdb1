using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// Saves a project's fields and replaces its partner and doelstelling links. Returns the new version.
/// Refused when it would drop a partner that still has inzet in the project: that inzet must not be lost silently.
/// </summary>
public static class UpdateProject
{
    [Logboek("UpdateProject", "Project gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long ProjectId, int Version, string Naam, string Doel, bool Doorbraak, long TrekkerPartnerId,
        IReadOnlyList<long> PartnerIds, IReadOnlyList<long> DoelstellingIds, DateOnly Startdatum, DateOnly Einddatum,
        string Status) : ICommand<int>, IProjectGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => ProjectRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => WriteAsync(c, tx, cmd), ct);
    }

    /// <summary>The command's checks and writes in the caller's transaction (also used when a change proposal is taken over).</summary>
    public static async Task<int> WriteAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await ProjectRules.FindAsync(c, cmd.ProgrammaId, cmd.ProjectId, tx);
        await ProjectRules.CheckAsync(c, tx, cmd);

        var verloren = (await c.QueryAsync<string>(
            $"""
            SELECT DISTINCT pa.naam FROM inzet i JOIN partner pa ON pa.id = i.partner_id
            WHERE i.project_id = @ProjectId AND {c.NotInList("i.partner_id", "@Deelnemers")} ORDER BY pa.naam
            """, new { cmd.ProjectId, Deelnemers = ProjectRules.Deelnemers(cmd) }, tx)).ToList();
        if (verloren.Count > 0)
            throw ValidationException.For(nameof(Command.PartnerIds),
                $"{string.Join(", ", verloren.Select(n => $"'{n}'"))} {(verloren.Count == 1 ? "heeft" : "hebben")} nog inzet in dit project. " +
                "Verwijder of verplaats eerst die inzet, dan kunt u de partner uit het project halen.");

        var naam = cmd.Naam.Trim();
        try
        {
            var rows = await c.ExecuteAsync(
                """
                UPDATE project SET naam = @Naam, doel = @Doel, doorbraak = @Doorbraak, trekker_partner_id = @TrekkerPartnerId,
                    startdatum = @Startdatum, einddatum = @Einddatum, status = @Status, version = version + 1
                WHERE id = @ProjectId AND programma_id = @ProgrammaId AND version = @Version
                """, cmd with { Naam = naam }, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "project", cmd.ProjectId, cmd.ProgrammaId, "Het project", tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Naam), ProjectRules.NaamConflict(naam));
        }

        await c.ExecuteAsync("DELETE FROM project_partner WHERE project_id = @ProjectId", new { cmd.ProjectId }, tx);
        await c.ExecuteAsync("DELETE FROM project_doelstelling WHERE project_id = @ProjectId", new { cmd.ProjectId }, tx);
        await ProjectRules.InsertLinksAsync(c, tx, cmd.ProjectId, cmd);
        return cmd.Version + 1;
    }

    /// <summary>The command that saves the project as it is now: the start for a change to one of its fields.</summary>
    public static async Task<Command> CurrentAsync(DbConnection c, DbTransaction tx, long programmaId, long projectId)
    {
        var p = await c.QuerySingleOrDefaultAsync<GetProject.Project>(
            """
            SELECT naam, doel, doorbraak, trekker_partner_id, startdatum, einddatum, status, version
            FROM project WHERE id = @projectId AND programma_id = @programmaId
            """, new { programmaId, projectId }, tx) ?? throw new NotFoundException("Het project bestaat niet (meer).");
        var partners = await c.QueryAsync<long>("SELECT partner_id FROM project_partner WHERE project_id = @projectId", new { projectId }, tx);
        var doelstellingen = await c.QueryAsync<long>(
            "SELECT doelstelling_id FROM project_doelstelling WHERE project_id = @projectId", new { projectId }, tx);
        return new Command(programmaId, projectId, p.Version, p.Naam, p.Doel, p.Doorbraak, p.TrekkerPartnerId, [.. partners],
            [.. doelstellingen], p.Startdatum, p.Einddatum, p.Status);
    }
}
