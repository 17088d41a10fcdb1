using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>Saves a member's naam, soort, organisation and discipline (whether it is the aanjager stays as it is). Returns the new version.</summary>
public static class UpdateGroepslid
{
    [Logboek("UpdateGroepslid", "Lid van Verbondsgroep gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long LidId, int Version, string Naam, string Soort, long? PartnerId, string Organisatie, string Discipline)
        : ICommand<int>, IGroepslidGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => GroepslidRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await GroepslidRules.CheckPartnerAsync(c, tx, cmd);
            var rows = await c.ExecuteAsync(
                $"""
                UPDATE groepslid SET naam = @Naam, soort = @Soort, partner_id = @PartnerId, organisatie = @Organisatie,
                    discipline = @Discipline, version = version + 1
                WHERE id = @LidId AND version = @Version AND {Tables.ProgrammaCondition(Tables.Groepslid)}
                """, new
                {
                    cmd.LidId, cmd.Version, programmaId = cmd.ProgrammaId, Naam = cmd.Naam.Trim(), cmd.Soort, cmd.PartnerId,
                    Organisatie = cmd.Organisatie.Trim(), Discipline = cmd.Discipline.Trim(),
                }, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, Tables.Groepslid, cmd.LidId, cmd.ProgrammaId, GroepslidRules.Wat, tx);
            return cmd.Version + 1;
        }, ct);
    }
}
