using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>Adds a member to a Verbondsgroep (see <see cref="GroepslidRules"/>). Returns the member's id.</summary>
public static class AddGroepslid
{
    [Logboek("AddGroepslid", "Lid aan Verbondsgroep toegevoegd")]
    public sealed record Command(long ProgrammaId, long GroepId, string Naam, string Soort, long? PartnerId, string Organisatie, string Discipline)
        : ICommand<long>, IGroepslidGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => GroepslidRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await VerbondsgroepRules.EisGroepAsync(c, tx, cmd.ProgrammaId, cmd.GroepId);
            await GroepslidRules.CheckPartnerAsync(c, tx, cmd);
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO groepslid (verbondsgroep_id, naam, soort, partner_id, organisatie, discipline)
                VALUES (@GroepId, @Naam, @Soort, @PartnerId, @Organisatie, @Discipline)
                RETURNING id
                """, cmd with { Naam = cmd.Naam.Trim(), Organisatie = cmd.Organisatie.Trim(), Discipline = cmd.Discipline.Trim() }, tx);
        }, ct);
    }
}
