using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Projecten;

/// <summary>
/// A (doorbraak)project with its trekker, deelnemende partners and the doelstellingen it serves. Returns the new id.
/// The trekker always takes part. A period outside the programme period is allowed: the overview flags it.
/// </summary>
public static class CreateProject
{
    [Logboek("CreateProject", "Project aangemaakt")]
    public sealed record Command(
        long ProgrammaId, string Naam, string Doel, bool Doorbraak, long TrekkerPartnerId, IReadOnlyList<long> PartnerIds,
        IReadOnlyList<long> DoelstellingIds, DateOnly Startdatum, DateOnly Einddatum, string Status) : ICommand<long>, IProjectGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => ProjectRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) =>
            db.InTransactionAsync((c, tx) => InsertAsync(c, tx, cmd), ct);
    }

    /// <summary>Checks and inserts the project in the caller's transaction; a caller applies <see cref="Validator"/> first.</summary>
    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, Command cmd)
    {
        await ProjectRules.CheckAsync(c, tx, cmd);

        long id;
        var naam = cmd.Naam.Trim();
        try
        {
            id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO project (programma_id, naam, doel, doorbraak, trekker_partner_id, startdatum, einddatum, status)
                VALUES (@ProgrammaId, @Naam, @Doel, @Doorbraak, @TrekkerPartnerId, @Startdatum, @Einddatum, @Status)
                RETURNING id
                """, cmd with { Naam = naam }, tx);
        }
        catch (DbException e) when (Db.IsUniqueViolation(e))
        {
            throw ValidationException.For(nameof(Command.Naam), ProjectRules.NaamConflict(naam));
        }
        await ProjectRules.InsertLinksAsync(c, tx, id, cmd);
        return id;
    }
}
